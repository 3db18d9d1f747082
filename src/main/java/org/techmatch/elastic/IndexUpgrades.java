package org.techmatch.elastic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * On start, once the cluster is up and before anything loads or reads: every platform
 * index ({@code
 * elastic/indices/<type>.json} behind {@code techmatch-<type>}) whose current generation
 * was made from an older definition is rebuilt under the current one
 * ({@link IndexGenerations#upgrade}). A new release that adds term vectors or changes an
 * analyzer thus never meets an index that lacks them; an index that is current is not
 * touched.
 */
@Component
public class IndexUpgrades implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(IndexUpgrades.class);

	static final String DEFINITIONS = "classpath*:elastic/indices/*.json";

	private final IndexGenerations generations;

	private volatile boolean running;

	public IndexUpgrades(IndexGenerations generations) {
		this.generations = generations;
	}

	@Override
	public void start() {
		for (IndexDefinition definition : definitions()) {
			if (this.generations.upgrade(definition)) {
				logger.info(definition.alias() + " upgraded to its current definition");
			}
		}
		this.running = true;
	}

	/** The platform's index definitions, one per JSON file. */
	public static List<IndexDefinition> definitions() {
		try {
			List<IndexDefinition> definitions = new ArrayList<>();
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources(DEFINITIONS)) {
				String file = resource.getFilename();
				if (file != null) {
					definitions.add(IndexDefinition.of(file.substring(0, file.length() - ".json".length())));
				}
			}
			return definitions;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void stop() {
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** After the local node (if any) is up, before the demo loaders. */
	@Override
	public int getPhase() {
		return Integer.MIN_VALUE + 1500;
	}

}
