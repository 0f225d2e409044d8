package se.samverkan.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The figures of one run: printed as a table and written as CSV, the same rows in both. */
final class Results {

    record Row(String section, String measure, String value, String unit) {
    }

    private final List<Row> rows = new ArrayList<>();

    void add(String section, String measure, String value, String unit) {
        rows.add(new Row(section, measure, value, unit));
        System.out.printf("  %-12s %-52s %14s %s%n", section, measure, value, unit);
    }

    void add(String section, String measure, double value, String unit) {
        add(section, measure, format(value), unit);
    }

    /** p50/p95/p99 and mean of a set of timings, in ms. */
    void addTimings(String section, String measure, Samples samples) {
        add(section, measure + " p50", samples.percentile(50), "ms");
        add(section, measure + " p95", samples.percentile(95), "ms");
        add(section, measure + " p99", samples.percentile(99), "ms");
        add(section, measure + " mean", samples.mean(), "ms");
    }

    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e12) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        return value >= 100 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.2f", value);
    }

    void print() {
        String line = "-".repeat(92);
        System.out.println();
        System.out.println(line);
        System.out.printf("%-12s %-52s %14s %s%n", "section", "measure", "value", "unit");
        System.out.println(line);
        String previous = null;
        for (Row row : rows) {
            if (previous != null && !previous.equals(row.section())) {
                System.out.println();
            }
            System.out.printf("%-12s %-52s %14s %s%n", row.section(), row.measure(), row.value(), row.unit());
            previous = row.section();
        }
        System.out.println(line);
    }

    /** target/benchmark/benchmark-<timestamp>.csv and latest.csv. */
    Path writeCsv(Path directory) throws IOException {
        return writeCsv(directory, "benchmark");
    }

    /** <directory>/<name>-<timestamp>.csv and latest.csv. */
    Path writeCsv(Path directory, String name) throws IOException {
        Files.createDirectories(directory);
        StringBuilder csv = new StringBuilder("section,measure,value,unit\n");
        for (Row row : rows) {
            csv.append(quote(row.section())).append(',').append(quote(row.measure())).append(',')
                    .append(quote(row.value())).append(',').append(quote(row.unit())).append('\n');
        }
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path file = directory.resolve(name + "-" + stamp + ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        Files.writeString(directory.resolve("latest.csv"), csv, StandardCharsets.UTF_8);
        return file;
    }

    private static String quote(String value) {
        return value.contains(",") || value.contains("\"") ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
