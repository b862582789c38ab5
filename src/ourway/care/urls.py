from django.urls import path

from ourway.care.views import lock, safety, support

app_name = "care"

urlpatterns = [
    path("safety/", safety.safety, name="safety"),
    path("safety/questions/", safety.screen, name="screen"),
    path("safety/forget/", safety.forget, name="forget"),
    path("safety/mode/", safety.mode, name="mode"),
    path("support/", safety.resources, name="resources"),
    path("passcode/", lock.passcode, name="passcode"),
    path("passcode/remove/", lock.remove_passcode, name="remove_passcode"),
    path("unlock/", lock.unlock_page, name="unlock"),
    path("still-here/", lock.still_here, name="still_here"),
    path("exit/", lock.sign_out_on_exit, name="exit"),
    path("reinforcements/", support.reinforcements, name="reinforcements"),
    path("handoff/", support.handoff, name="handoff"),
    path("handoff/withdraw/", support.handoff_withdraw, name="handoff_withdraw"),
    path("handoff/summary/", support.handoff_summary, name="handoff_summary"),
    path("handoff/summary.md", support.handoff_markdown, name="handoff_markdown"),
]
