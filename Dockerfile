FROM python:3.11-slim
WORKDIR /app
# torch first and pinned; point PIP_EXTRA_INDEX_URL at a CPU wheel index to keep the image small.
ARG PIP_EXTRA_INDEX_URL=""
RUN pip install --no-cache-dir torch==2.13.0
COPY pyproject.toml README.md ./
COPY ingest ingest
COPY index index
COPY service service
RUN pip install --no-cache-dir .
COPY examples examples
ENV MINUTES_DATA_DIR=/data HF_HUB_OFFLINE=1
EXPOSE 8000
CMD ["minutes", "serve", "--host", "0.0.0.0", "--port", "8000"]
