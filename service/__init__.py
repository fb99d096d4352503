"""The outside of the product: the FastAPI app, its static pages and the `minutes` CLI."""
