from django.urls import path

from ourway.talk.views import actions, pages

app_name = "talk"

urlpatterns = [
    path("", pages.home, name="home"),
    path("builder/", pages.builder, name="builder"),
    path("<int:session_id>/", pages.session, name="session"),
    path("<int:session_id>/state/", pages.state, name="state"),
    path("<int:session_id>/pause/", pages.pause_page, name="pause"),
    path("<int:session_id>/pause/start/", actions.pause, name="start_pause"),
    path("<int:session_id>/resume/", actions.resume, name="resume"),
    path("<int:session_id>/ready/", actions.ready, name="ready"),
    path("<int:session_id>/not-ready/", actions.not_ready, name="not_ready"),
    path("<int:session_id>/join/", actions.join, name="join"),
    path("<int:session_id>/share/", actions.share, name="share"),
    path("<int:session_id>/reflect/", actions.reflect, name="reflect"),
    path("<int:session_id>/answer/", actions.answer, name="answer"),
    path("<int:session_id>/need/", actions.need, name="need"),
    path("<int:session_id>/close/", actions.start_closing, name="close"),
    path("<int:session_id>/keep-talking/", actions.keep_talking, name="keep_talking"),
    path("<int:session_id>/understood/", actions.understood, name="understood"),
    path("<int:session_id>/agree/", actions.agree, name="agree"),
    path("<int:session_id>/end/", actions.end, name="end"),
    path("<int:session_id>/forget/<str:kind>/<int:item_id>/", actions.forget, name="forget"),
]
