package org.techmatch.catalog.chain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The "7+28+N" industrial-chain taxonomy, read from {@value #RESOURCE}. Kept as data so
 * that the official list can be replaced without a code change.
 */
@Component
public class IndustrialChainTaxonomy {

	public static final String RESOURCE = "catalog/industrial-chains.json";

	private final Map<String, IndustrialCluster> clusters = new LinkedHashMap<>();

	private final Map<String, IndustrialChain> chains = new LinkedHashMap<>();

	private final Map<String, IndustrialChain> byName = new LinkedHashMap<>();

	/** Reads the taxonomy from the classpath. */
	public IndustrialChainTaxonomy() {
		this(open());
	}

	/**
	 * Reads the taxonomy from a stream in the format of {@value #RESOURCE}; closes the
	 * stream.
	 */
	public IndustrialChainTaxonomy(InputStream json) {
		try (json) {
			JsonNode root = JsonMapper.builder().build().readTree(json);
			for (JsonNode cluster : root.required("clusters")) {
				IndustrialCluster c = new IndustrialCluster(cluster.required("code").asString(),
						cluster.required("name").asString());
				putUnique(this.clusters, c.code(), c);
				for (JsonNode chain : cluster.required("chains")) {
					List<String> aliases = new ArrayList<>();
					chain.path("aliases").forEach(a -> aliases.add(a.asString()));
					IndustrialChain ch = new IndustrialChain(chain.required("code").asString(),
							chain.required("name").asString(), c.code(), aliases, chain.path("key").asBoolean(true));
					putUnique(this.chains, ch.code(), ch);
					this.byName.putIfAbsent(ch.name(), ch);
					aliases.forEach(alias -> this.byName.putIfAbsent(alias, ch));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read industrial-chain taxonomy", ex);
		}
	}

	private static InputStream open() {
		try {
			return new ClassPathResource(RESOURCE).getInputStream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Missing " + RESOURCE, ex);
		}
	}

	private static <T> void putUnique(Map<String, T> map, String code, T value) {
		if (map.putIfAbsent(code, value) != null) {
			throw new IllegalStateException("Duplicate taxonomy code " + code);
		}
	}

	public Optional<IndustrialChain> chain(String code) {
		return Optional.ofNullable(this.chains.get(code));
	}

	public Optional<IndustrialCluster> cluster(String code) {
		return Optional.ofNullable(this.clusters.get(code));
	}

	public Optional<IndustrialCluster> clusterOf(String chainCode) {
		return chain(chainCode).map(ch -> this.clusters.get(ch.clusterCode()));
	}

	/** All chains in file order, key chains and "N" nodes. */
	public List<IndustrialChain> chains() {
		return List.copyOf(this.chains.values());
	}

	/** The 28 key chains, in file order. */
	public List<IndustrialChain> keyChains() {
		return this.chains.values().stream().filter(IndustrialChain::keyChain).toList();
	}

	public List<IndustrialChain> chainsOf(String clusterCode) {
		return this.chains.values().stream().filter(ch -> ch.clusterCode().equals(clusterCode)).toList();
	}

	public List<IndustrialCluster> clusters() {
		return List.copyOf(this.clusters.values());
	}

	/** A chain by its Chinese name or one of its aliases, whitespace trimmed. */
	public Optional<IndustrialChain> findChainByName(String name) {
		return (name != null) ? Optional.ofNullable(this.byName.get(name.strip())) : Optional.empty();
	}

}
