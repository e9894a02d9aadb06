"""The web UI and the REST API's parts: routes, templates, static files, and the SVG geometry.

``newsgraph.api.create_app`` assembles them into one FastAPI application.
"""
