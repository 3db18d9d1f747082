package org.techmatch;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import org.techmatch.backup.SnapshotCommand;
import org.techmatch.importing.ImportCommand;

/** TechMatch: GraphQL supply-demand matching for technology transfer. */
@SpringBootApplication
public class TechMatchApplication {

	public static void main(String[] args) {
		if (ImportCommand.handles(args)) {
			System.exit(ImportCommand.run(TechMatchApplication.class, args, System.out, System.err));
		}
		if (SnapshotCommand.handles(args)) {
			System.exit(SnapshotCommand.run(TechMatchApplication.class, args, System.out, System.err));
		}
		SpringApplication.run(TechMatchApplication.class, args);
	}

}
