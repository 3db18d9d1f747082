package org.techmatch.importing;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import org.techmatch.elastic.ImportLockLostException;
import org.techmatch.elastic.IndexDefinition;
import org.techmatch.elastic.ImportLockedException;

/**
 * {@code java -jar target/techmatch.jar import <achievements|capabilities|demands> <file> [--batch=NAME] [--format=CSV]
 * [--region=河南省] [--index=techmatch-staging-achievements] [--any.spring.property=value]}:
 * the same import path as the {@code importSupply} mutation, from the command line, with
 * a progress line and the report. {@code --index} imports into another alias of the same
 * mapping than the kind's own (a staging copy). Runs without the web server and reuses a
 * running local node. A catalogue import waits for the cluster-wide import lock while
 * another process holds it (saying who), up to {@code --techmatch.import.lock.wait}
 * (default 5m). Exit code 0: every row imported (or kept as a newer edit); 1: some rows
 * rejected (see the report file); 2: the import could not run (including: the lock was
 * not freed in time).
 */
public final class ImportCommand {

	private static final String USAGE = "usage: import <achievements|capabilities|demands> <file> [--batch=NAME] [--format=NDJSON|CSV|XLSX] [--region=省份] [--index=techmatch-…]";

	private static final java.util.Set<String> OWN_OPTIONS = java.util.Set.of("batch", "format", "region", "index");

	/** What {@code --index} may name: an alias of the platform's naming. */
	private static final java.util.regex.Pattern INDEX_NAME = java.util.regex.Pattern.compile("techmatch-[a-z0-9-]+");

	private ImportCommand() {
	}

	public static boolean handles(String[] args) {
		return args.length > 0 && args[0].equals("import");
	}

	/**
	 * Runs the import the arguments describe.
	 * @param application the Spring Boot application class whose context is started
	 * (without the web server)
	 * @return the exit code
	 */
	public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
		if (args.length < 3) {
			err.println(USAGE);
			return 2;
		}
		ImportKind kind = ImportKind.fromCommandName(args[1]).orElse(null);
		Map<String, String> options = options(args);
		if (kind == null || options == null
				|| (options.containsKey("index") && !INDEX_NAME.matcher(options.get("index")).matches())) {
			err.println(USAGE);
			return 2;
		}
		Path file = Path.of(args[2]);
		String batch = options.getOrDefault("batch", file.getFileName().toString().replaceFirst("\\.[^.]+$", ""));
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
			.web(WebApplicationType.NONE)
			.properties("techmatch.demo.enabled=false", "spring.main.banner-mode=off")
			.run(springArguments(args))) {
			BatchImporter importer = context.getBean(BatchImporter.class);
			ImportFormat format = options.containsKey("format") ? ImportFormat.resolve(file, options.get("format"))
					: null;
			IndexDefinition index = importer.index(kind);
			if (options.containsKey("index")) {
				index = new IndexDefinition(options.get("index"), index.mappingResource());
			}
			ImportReport report = importer.importInto(index, kind, file, format,
					new ImportDefaults(batch, options.get("region")),
					(rows) -> err.print("\r读取/read " + rows + " rows"),
					(holder) -> err.println("waiting for the import lock, held by " + holder.describe()));
			err.println();
			print(report, out);
			return (report.rejected() == 0) ? 0 : 1;
		}
		catch (ImportException | IllegalArgumentException | ImportLockedException | ImportLockLostException ex) {
			err.println("import failed: " + ex.getMessage());
			return 2;
		}
	}

	private static void print(ImportReport report, PrintStream out) {
		out.println(report.summary());
		report.warnings().forEach((warning) -> out.println("warning: " + warning));
		report.problems()
			.stream()
			.limit(20)
			.forEach((p) -> out.println("row " + p.rowNumber() + " [" + p.field() + "] " + p.reason()));
		if (report.problems().size() > 20) {
			out.println("… " + (report.problems().size() - 20) + " more problems in the report file");
		}
		report.skippedRows()
			.stream()
			.limit(20)
			.forEach((s) -> out.println("row " + s.rowNumber() + " skipped: " + s.reason()));
		if (report.skippedRows().size() > 20) {
			out.println("… " + (report.skippedRows().size() - 20) + " more skipped rows in the report file");
		}
		if (report.generation() != null) {
			out.println("index generation: " + report.generation());
		}
		out.println("report: " + report.reportFile());
	}

	/**
	 * Options other than ours are Spring properties, e.g.
	 * {@code --spring.elasticsearch.uris=…}.
	 */
	private static String[] springArguments(String[] args) {
		return java.util.Arrays.stream(args, 3, args.length)
			.filter((arg) -> !OWN_OPTIONS.contains(arg.substring(2, arg.indexOf('='))))
			.toArray(String[]::new);
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (int i = 3; i < args.length; i++) {
			if (!args[i].startsWith("--") || !args[i].contains("=")) {
				return null;
			}
			String[] pair = args[i].substring(2).split("=", 2);
			options.put(pair[0], pair[1]);
		}
		return options;
	}

}
