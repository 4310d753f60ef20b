# syntax=docker/dockerfile:1
# The bot as an image: TypeScript compiled in one stage, production dependencies installed in
# another, and a runtime stage with neither compilers nor dev dependencies that runs dist/ on plain
# Node as a non-root user, under tini so SIGTERM reaches Node and the bot stops within
# SHUTDOWN_TIMEOUT_MS. Build: `docker build -t news-briefing-bot .`; run with PostgreSQL and two
# replicas: `docker compose up` (compose.yaml). tests/deploy/dockerfile.test.ts checks this file.

ARG NODE_IMAGE=node:20-bookworm-slim

# --- build: tsc to dist/ (needs the dev dependencies; no native module is needed to compile) ---
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY src ./src
COPY commands ./commands
COPY data/lexicon ./data/lexicon
COPY data/models ./data/models
RUN npm run build

# --- deps: production dependencies only. --ignore-scripts skips this package's own `prepare` (a
# build, which needs the dev dependencies); better-sqlite3, the one native module, is then built
# on its own (a prebuilt binary when one can be fetched, else compiled with these tools). ---
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts && npm rebuild better-sqlite3 && npm cache clean --force

# --- runtime: what runs. tini is PID 1 and passes signals to node, its child. ---
FROM ${NODE_IMAGE} AS runtime
RUN apt-get update \
  && apt-get install -y --no-install-recommends tini \
  && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production \
    DATA_DIR=/app/data \
    HEALTH_PORT=8080 \
    SHUTDOWN_TIMEOUT_MS=10000
WORKDIR /app
# package.json says "type": "module", which the compiled files need.
COPY package.json ./
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# DATA_DIR: the SQLite file (without DATABASE_URL) and the watched articles folder, owned by the
# bot's user. No article ships in the image (data/articles/ holds a news agency's copyrighted
# story): articles come from FEEDS, or from files dropped into a volume mounted at /app/data/articles.
RUN install -d -o node -g node /app/data /app/data/articles
USER node
EXPOSE 8080
# Liveness: the process answers. (compose.yaml probes /readyz, which also checks store and platforms.)
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.HEALTH_PORT || 8080) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "--max-semi-space-size=4", "dist/src/cli/run-cli.js", "start"]
