package org.oneplan.infra;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real Apache Kafka broker (single-node KRaft) run as its own process from the jars on Maven Central.
 *
 * <p>Everything it needs to be stopped and started again lives in its folder (configuration, cluster id,
 * data, log, pid), so that any process or class loader that knows the folder can control it: tests use
 * that to take the broker away and bring it back.
 */
public final class LocalKafka {

    private static final String CLASSPATH_RESOURCE = "kafka-broker.classpath";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final Path home;
    private final int port;
    private final int controllerPort;

    public LocalKafka(Path home, int port, int controllerPort) {
        this.home = home.toAbsolutePath();
        this.port = port;
        this.controllerPort = controllerPort;
    }

    /** Controls a broker set up earlier in {@code home}, from its saved configuration. */
    public static LocalKafka at(Path home) throws IOException {
        List<String> ports = Files.readAllLines(home.resolve("ports"));
        return new LocalKafka(home, Integer.parseInt(ports.get(0)), Integer.parseInt(ports.get(1)));
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public Path home() {
        return home;
    }

    /** Formats the storage on first use, then starts the broker and waits until it accepts connections. */
    public void start() throws IOException, InterruptedException {
        if (isRunning()) {
            return;
        }
        Files.createDirectories(home.resolve("data"));
        Files.writeString(home.resolve("ports"), port + "\n" + controllerPort + "\n");
        Path config = writeConfig();
        writeLoggingConfig();
        if (!Files.exists(home.resolve("data/meta.properties"))) {
            String clusterId = run("kafka.tools.StorageTool", "random-uuid").trim();
            run("kafka.tools.StorageTool", "format", "-t", clusterId, "-c", config.toString(), "--standalone");
        }
        Process process = java("kafka.Kafka", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        home.resolve("broker.out").toFile()))
                .start();
        Files.writeString(home.resolve("pid"), Long.toString(process.pid()));
        awaitPort(process);
    }

    /** Stops the broker with SIGTERM (a clean shutdown) and waits for the process to end. */
    public void stop() throws IOException, InterruptedException {
        Optional<ProcessHandle> broker = process();
        if (broker.isPresent()) {
            broker.get().destroy();
            try {
                broker.get().onExit().get(60, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                broker.get().destroyForcibly();
            }
        }
        Files.deleteIfExists(home.resolve("pid"));
    }

    public boolean isRunning() throws IOException {
        return process().isPresent();
    }

    private Optional<ProcessHandle> process() throws IOException {
        Path pidFile = home.resolve("pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
    }

    private Path writeConfig() throws IOException {
        Path config = home.resolve("server.properties");
        String properties = String.join(
                "\n",
                "process.roles=broker,controller",
                "node.id=1",
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "controller.quorum.bootstrap.servers=127.0.0.1:" + controllerPort,
                "log.dirs=" + home.resolve("data"),
                "num.partitions=3",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=3",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "auto.create.topics.enable=false",
                // The topics are the audit record: nothing is deleted by age or size.
                "log.retention.ms=-1",
                "log.retention.bytes=-1",
                "log.cleaner.dedupe.buffer.size=8388608",
                "");
        Files.writeString(config, properties);
        return config;
    }

    private void writeLoggingConfig() throws IOException {
        String log4j = String.join(
                "\n",
                "status = warn",
                "appender.file.type = File",
                "appender.file.name = file",
                "appender.file.fileName = " + home.resolve("broker.log"),
                "appender.file.layout.type = PatternLayout",
                "appender.file.layout.pattern = %d{ISO8601} %-5p [%c] %m%n",
                "rootLogger.level = info",
                "rootLogger.appenderRef.file.ref = file",
                "");
        Files.writeString(home.resolve("log4j2.properties"), log4j);
    }

    private String run(String mainClass, String... args) throws IOException, InterruptedException {
        Process process = java(mainClass, args).redirectErrorStream(true).start();
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (process.waitFor() != 0) {
            throw new IOException(mainClass + " failed: " + output);
        }
        return output;
    }

    private ProcessBuilder java(String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx384m");
        command.add("-XX:+UseSerialGC");
        command.add("-Dlog4j2.configurationFile=" + home.resolve("log4j2.properties"));
        command.add("-cp");
        command.add(brokerClasspath());
        command.add(mainClass);
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(home.toFile());
    }

    private static String brokerClasspath() throws IOException {
        try (InputStream in = LocalKafka.class.getResourceAsStream(CLASSPATH_RESOURCE)) {
            if (in == null) {
                throw new IOException(CLASSPATH_RESOURCE + " is missing: build deploy/infra with Maven first");
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return reader.readLine().trim();
            }
        }
    }

    private void awaitPort(Process process) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException(
                        "Kafka broker exited with " + process.exitValue() + "; see " + home.resolve("broker.log"));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new IOException("Kafka broker did not open port " + port + " within " + READY_TIMEOUT);
    }
}
