"""The sample product's backend: a FastAPI service with the health endpoint the smoke test probes."""
import os

from fastapi import FastAPI

app = FastAPI(title="hello-app backend")
VERSION = os.environ.get("HELLO_VERSION", "0.0.0-dev")


@app.get("/health")
def health() -> dict:
    return {"status": "ok", "version": VERSION}


@app.get("/greet/{name}")
def greet(name: str) -> dict:
    return {"greeting": f"Hello, {name}!"}
