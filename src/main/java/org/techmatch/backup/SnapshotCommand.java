package org.techmatch.backup;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import org.techmatch.elastic.ImportLockLostException;
import org.techmatch.elastic.ImportLockedException;

/**
 * {@code java -jar target/techmatch.jar snapshot create [NAME] | list | restore NAME
 * [--only=demands,accounts] [--any.spring.property=value]}: backups through
 * {@link SnapshotService}, from the command line. Runs without the web server and reuses
 * a running local node (or {@code --spring.elasticsearch.uris=…}). Exit code 0: done; 2:
 * could not run.
 */
public final class SnapshotCommand {

	private static final String USAGE = "usage: snapshot create [NAME] | snapshot list | snapshot restore NAME "
			+ "[--only=achievements,capabilities,demands,accounts,organisations]";

	private SnapshotCommand() {
	}

	public static boolean handles(String[] args) {
		return args.length > 0 && args[0].equals("snapshot");
	}

	/**
	 * Runs the snapshot action the arguments describe.
	 * @return the exit code
	 */
	public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
		List<String> words = Arrays.stream(args).filter((a) -> !a.startsWith("--")).toList();
		List<String> springArgs = Arrays.stream(args)
			.filter((a) -> a.startsWith("--") && !a.startsWith("--only="))
			.toList();
		Set<String> only = new LinkedHashSet<>();
		Arrays.stream(args)
			.filter((a) -> a.startsWith("--only="))
			.flatMap((a) -> Arrays.stream(a.substring("--only=".length()).split(",")))
			.map(String::strip)
			.filter((s) -> !s.isEmpty())
			.forEach(only::add);
		String action = (words.size() > 1) ? words.get(1) : "";
		boolean valid = switch (action) {
			case "create" -> words.size() <= 3;
			case "list" -> words.size() == 2;
			case "restore" -> words.size() == 3;
			default -> false;
		};
		if (!valid) {
			err.println(USAGE);
			return 2;
		}
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
			.web(WebApplicationType.NONE)
			.properties("techmatch.demo.enabled=false", "techmatch.embedding.backfill=false",
					"spring.main.banner-mode=off")
			.run(springArgs.toArray(String[]::new))) {
			SnapshotService snapshots = context.getBean(SnapshotService.class);
			switch (action) {
				case "create" -> {
					SnapshotService.Snapshot created = snapshots.create((words.size() == 3) ? words.get(2) : null);
					out.println("snapshot " + created.name() + " in repository " + snapshots.repository() + ": "
							+ created.state() + ", " + created.indices().size() + " indices " + created.indices());
					return "SUCCESS".equals(created.state()) ? 0 : 2;
				}
				case "list" -> {
					List<SnapshotService.Snapshot> all = snapshots.list();
					out.println(all.size() + " snapshots in repository " + snapshots.repository());
					for (SnapshotService.Snapshot s : all) {
						out.println(s.name() + "\t" + s.state() + "\t" + s.start() + "\t" + s.indices().size()
								+ " indices\t" + s.indices());
					}
					return 0;
				}
				default -> {
					for (SnapshotService.Restored r : snapshots.restore(words.get(2), only)) {
						out.println("restored " + r.alias() + " from " + r.fromIndex() + " as " + r.generation() + " ("
								+ r.documents() + " documents)");
					}
					return 0;
				}
			}
		}
		catch (IllegalArgumentException | IllegalStateException | ImportLockedException | ImportLockLostException ex) {
			err.println("snapshot " + action + " failed: " + ex.getMessage());
			return 2;
		}
	}

}
