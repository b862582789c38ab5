"""WSGI entry point (gunicorn ourway.web.wsgi)."""

import os
import threading

from django.core.wsgi import get_wsgi_application

from ourway.coach import warm_up

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ourway.web.settings")
application = get_wsgi_application()

# Load the coach's model while the server starts taking requests, not on the first
# person's first keystroke.
coach_warming = threading.Thread(target=warm_up, name="coach-warm-up", daemon=True)
coach_warming.start()
