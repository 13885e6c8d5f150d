"""The web app: browse, search and follow the record in a browser.

`minutebook.web.app.create_app(url)` builds the FastAPI app over one record;
`minutebook serve` runs it under uvicorn.
"""
