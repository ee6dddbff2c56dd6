# pocketsim container image: the `pocketsim` command line on a JRE.
# Build:  docker build -t pocketsim .
# Run:    docker run --rm -v "$PWD/results:/work/results" pocketsim run
# On ECS the command override is the task's arguments, e.g. ["task", "--out", "s3://bucket/prefix", "--chunk", "3",
# "--of", "15", "network_viability_ag1_"]. No credentials are baked in: on AWS the task role supplies them through the
# default credential chain, and settings come from the environment or the command.
# Runner-cli's DockerfileIT checks that this file copies every module's pom and runs the jar the build produces.

# ---- build stage: the Maven wrapper downloads the pinned Maven; tests ran in CI already ----
FROM eclipse-temurin:17.0.15_6-jdk-jammy AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY test-support/pom.xml test-support/
COPY sim-core/pom.xml sim-core/
COPY sim-experiments/pom.xml sim-experiments/
COPY sim-postprocess/pom.xml sim-postprocess/
COPY cloud-s3/pom.xml cloud-s3/
COPY cloud-ecs/pom.xml cloud-ecs/
COPY runner-cli/pom.xml runner-cli/
COPY sim-bench/pom.xml sim-bench/
# resolve dependencies in their own layer so source edits rebuild fast
RUN ./mvnw -B -q -pl runner-cli -am dependency:go-offline -DskipTests || true
COPY . .
RUN ./mvnw -B -q -pl runner-cli -am package -DskipTests -Dmaven.test.skip=true

# ---- runtime stage ----
FROM eclipse-temurin:17.0.15_6-jre-jammy
RUN useradd --system --create-home --home-dir /work --uid 10001 pocketsim
WORKDIR /work
COPY --from=build /src/runner-cli/target/pocketsim.jar /app/pocketsim.jar
USER 10001
# Container-aware sizing: the JVM reads the task's CPU and memory limits (cgroups); the heap takes 75% of the task's
# memory. The simulation is CPU-bound and streams results to disk or S3, so the throughput (parallel) collector,
# whose write barriers cost less per run than G1's (docs/performance.md). Out of memory ends the process, so ECS
# sees a failed task and the launcher re-queues its experiments instead of a hung JVM.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+UseParallelGC -XX:+ExitOnOutOfMemoryError"
ENTRYPOINT ["java", "-jar", "/app/pocketsim.jar"]
CMD ["--help"]
