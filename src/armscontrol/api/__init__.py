"""The JSON API: the same answers as the command line, and the store of saved scenarios.

``create_app()`` builds the FastAPI application; ``armscontrol serve`` runs it on
uvicorn. OpenAPI at ``/openapi.json``, browsable at ``/docs``.
"""

from armscontrol.api.app import create_app

__all__ = ["create_app"]
