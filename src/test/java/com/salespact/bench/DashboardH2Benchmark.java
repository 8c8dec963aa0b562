package com.salespact.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link DashboardBenchmarkBase} on H2: a file database like production's default (target/bench/h2/, deleted first,
 * so every run starts from V1 on an empty schema), no demo company; the test profile's fixed clock (2026-11-18).
 * {@code ./mvnw test -Pbench -Dtest='Dashboard*Benchmark'}. {@code -Dsalespact.bench.h2.url=jdbc:h2:mem:bench}
 * runs it on an in-memory database instead.
 */
@SpringBootTest(properties = {"salespact.demo.enabled=false", "spring.datasource.hikari.maximum-pool-size=10"})
@ActiveProfiles("test")
class DashboardH2Benchmark extends DashboardBenchmarkBase {

    private static final Path DIRECTORY = Path.of("target", "bench", "h2").toAbsolutePath();

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", DashboardH2Benchmark::url);
    }

    private static String url() {
        String url = System.getProperty("salespact.bench.h2.url", "");
        if (!url.isBlank()) {
            return url;
        }
        deleteDirectory();
        return "jdbc:h2:file:" + DIRECTORY.resolve("salespact-bench") + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    private static void deleteDirectory() {
        if (!Files.exists(DIRECTORY)) {
            return;
        }
        try (Stream<Path> files = Files.walk(DIRECTORY)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    String database() {
        return "H2";
    }

    @Override
    boolean postgres() {
        return false;
    }

    @Override
    String databaseDetails() {
        String url = System.getProperty("salespact.bench.h2.url", "");
        return url.isBlank() ? "embedded file database " + DIRECTORY.resolve("salespact-bench.mv.db") : url;
    }
}
