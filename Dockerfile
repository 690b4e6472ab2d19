FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY prisma ./prisma
COPY prisma.config.ts ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1
COPY --from=build /app ./
EXPOSE 3000
# Applies pending migrations, then serves. Needs DATABASE_URL and AUTH_SECRET;
# no demo data unless READOUT_DEMO_DATA=1. First admin: npm run admin:create.
CMD ["npm", "start"]
