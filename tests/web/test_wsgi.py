"""The WSGI entry point serves OurWay and loads the coach before anyone needs it."""

from __future__ import annotations

import importlib

from ourway.coach import model


def test_wsgi_app_loads_the_coach_in_the_background() -> None:
    model.use(None)  # forget any model an earlier test loaded
    assert not model._MODEL
    wsgi = importlib.reload(importlib.import_module("ourway.web.wsgi"))
    wsgi.coach_warming.join(timeout=120)
    assert not wsgi.coach_warming.is_alive()
    assert model._MODEL, "the model was not loaded at start-up"
    assert callable(wsgi.application)
