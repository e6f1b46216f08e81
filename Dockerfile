# customer-intel: build the shaded jar with Maven, run it on a JRE as a non-root user.
# Build: docker build -t customer-intel .    Run with a database: docker compose up

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build

# Poms first: this layer (all dependencies and plugins) is rebuilt only when a pom changes, not on every code edit.
COPY pom.xml ./
COPY domain/pom.xml domain/
COPY application/pom.xml application/
COPY adapters-postgres/pom.xml adapters-postgres/
COPY adapters-graphql/pom.xml adapters-graphql/
COPY bootstrap/pom.xml bootstrap/
# Warm-up only, on empty modules: it fills ~/.m2. The real build below reports any error, so this one may fail.
RUN mvn -B -q -DskipTests package >/dev/null 2>&1 || true; rm -rf target ./*/target

COPY . .
RUN mvn -B -q -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /app
# /exports: bulk export files (EXPORT_DIR in docker-compose.yml); a new named volume takes this directory's owner
RUN groupadd --system customerintel \
 && useradd --system --gid customerintel --home-dir /app --no-create-home --shell /usr/sbin/nologin customerintel \
 && mkdir -p /exports && chown customerintel:customerintel /exports
COPY --from=build /build/bootstrap/target/customer-intel.jar /app/customer-intel.jar

USER customerintel
ENV PORT=8080
EXPOSE 8080
# bash's /dev/tcp instead of curl or wget, which the JRE image does not promise to ship
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${PORT:-8080} && printf 'GET /health/live HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]

# exec form: java is PID 1 and gets SIGTERM directly, so shutdown hooks close the pool cleanly
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/customer-intel.jar"]
CMD ["serve"]
