package org.techmatch.demand;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.OpType;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.IndexResponse;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.data.ArgumentValue;
import org.springframework.stereotype.Service;

import org.techmatch.catalog.chain.IndustrialChain;
import org.techmatch.embedding.EmbeddingTexts;
import org.techmatch.embedding.Vectors;
import org.techmatch.graphql.UserError;
import org.techmatch.graphql.UserErrorCode;

/**
 * Demands: read one, submit, update and close. Every write is conditional on the revision
 * the client read ({@code if_seq_no}/{@code if_primary_term}); Elasticsearch refuses a
 * stale one with 409, which becomes the user error {@code CONFLICT} and changes nothing.
 * Writes wait for the refresh, so the demand is searchable (reverse matching) when the
 * mutation returns. Each write stores the vector of the demand's text beside it (made
 * again only when title or description changed), so matching compares meanings without
 * embedding anything on the read path.
 */
@Service
public class DemandService {

	private final ElasticsearchClient client;

	private final DemandDocumentMapper mapper;

	private final DemandValidator validator;

	private final EmbeddingTexts embeddings;

	private final Clock clock;

	@Autowired
	public DemandService(ElasticsearchClient client, DemandDocumentMapper mapper, DemandValidator validator,
			EmbeddingTexts embeddings) {
		this(client, mapper, validator, embeddings, Clock.systemUTC());
	}

	DemandService(ElasticsearchClient client, DemandDocumentMapper mapper, DemandValidator validator,
			EmbeddingTexts embeddings, Clock clock) {
		this.client = client;
		this.mapper = mapper;
		this.validator = validator;
		this.embeddings = embeddings;
		this.clock = clock;
	}

	/**
	 * A demand as stored: the record with its version, and its vector (null until made).
	 */
	public record StoredDemand(Demand demand, String vector) {
	}

	/** The demand with this id, with its current version. */
	public Optional<Demand> demand(String id) {
		return stored(id).map(StoredDemand::demand);
	}

	/** The demand with this id, with its current version and stored vector. */
	public Optional<StoredDemand> stored(String id) {
		if (id == null || !id.startsWith(Demand.ID_PREFIX)) {
			return Optional.empty();
		}
		try {
			GetResponse<DemandDocument> response = this.client.get((g) -> g.index(DemandIndices.DEMANDS.alias()).id(id),
					DemandDocument.class);
			if (!response.found() || response.source() == null) {
				return Optional.empty();
			}
			String version = new DemandVersion(response.seqNo(), response.primaryTerm()).encode();
			return Optional
				.of(new StoredDemand(this.mapper.toDemand(response.source(), version), response.source().vector()));
		}
		catch (ElasticsearchException ex) {
			if (ex.status() == 404) {
				return Optional.empty();
			}
			throw ex;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public DemandPayload submit(SubmitDemandInput input) {
		List<UserError> errors = this.validator.validateSubmit(input);
		if (!errors.isEmpty()) {
			return DemandPayload.failed(errors);
		}
		Optional<IndustrialChain> chain = this.validator.resolveChain(input.chain());
		Instant now = now();
		Demand demand = Demand.builder()
			.id(Demand.ID_PREFIX + UUID.randomUUID().toString().replace("-", "").substring(0, 16))
			.title(input.title().strip())
			.description(input.description().strip())
			.keywords(clean(input.keywords()))
			.technicalField(input.technicalField())
			.chain(chain.map(IndustrialChain::code).orElse(null))
			.cluster(chain.map(IndustrialChain::clusterCode).orElse(null))
			.maturityAtLeast(input.maturityAtLeast())
			.cooperationModes(input.cooperationModes())
			.budget((input.budget() != null) ? input.budget().toBudget() : null)
			.city(strip(input.city()))
			.deadline(input.deadline())
			.status(DemandStatus.OPEN)
			.ownerOrganization(input.ownerOrganization().strip())
			.createdAt(now)
			.updatedAt(now)
			.build();
		return write(demand, null, null);
	}

	public DemandPayload update(UpdateDemandInput input) {
		List<UserError> errors = new ArrayList<>();
		Optional<DemandVersion> version = DemandVersion.parse(input.version());
		if (version.isEmpty()) {
			errors.add(UserError.of("version", UserErrorCode.INVALID, "version is not a version read from this API"));
		}
		errors.addAll(this.validator.validateUpdate(input));
		if (!errors.isEmpty()) {
			return DemandPayload.failed(errors);
		}
		Optional<StoredDemand> found = stored(input.id());
		if (found.isEmpty()) {
			return notFound(input.id());
		}
		Demand current = found.get().demand();
		if (current.status() == DemandStatus.CLOSED) {
			return closed(current);
		}
		Demand.Builder changed = current.toBuilder()
			.title(or(strip(input.title()), current.title()))
			.description(or(strip(input.description()), current.description()))
			.status(or(input.status(), current.status()))
			.updatedAt(now())
			.version(null);
		unlessOmitted(input.keywords(), (keywords) -> changed.keywords(clean(keywords)));
		unlessOmitted(input.technicalField(), changed::technicalField);
		unlessOmitted(input.chain(), (text) -> {
			Optional<IndustrialChain> chain = this.validator.resolveChain(text);
			changed.chain(chain.map(IndustrialChain::code).orElse(null))
				.cluster(chain.map(IndustrialChain::clusterCode).orElse(null));
		});
		unlessOmitted(input.maturityAtLeast(), changed::maturityAtLeast);
		unlessOmitted(input.cooperationModes(), changed::cooperationModes);
		unlessOmitted(input.budget(), (budget) -> changed.budget((budget != null) ? budget.toBudget() : null));
		unlessOmitted(input.city(), (city) -> changed.city(strip(city)));
		unlessOmitted(input.deadline(), changed::deadline);
		Demand updated = changed.build();
		boolean sameText = updated.title().equals(current.title())
				&& updated.description().equals(current.description());
		return write(updated, version.get(), sameText ? found.get().vector() : null);
	}

	public DemandPayload close(CloseDemandInput input) {
		Optional<DemandVersion> version = DemandVersion.parse(input.version());
		if (version.isEmpty()) {
			return DemandPayload.failed(List
				.of(UserError.of("version", UserErrorCode.INVALID, "version is not a version read from this API")));
		}
		Optional<StoredDemand> found = stored(input.id());
		if (found.isEmpty()) {
			return notFound(input.id());
		}
		Demand current = found.get().demand();
		if (current.status() == DemandStatus.CLOSED) {
			return closed(current);
		}
		Demand closed = current.toBuilder().status(DemandStatus.CLOSED).updatedAt(now()).version(null).build();
		return write(closed, version.get(), found.get().vector());
	}

	/**
	 * Creates ({@code expected == null}) or overwrites the revision {@code expected}; 409
	 * → CONFLICT. The vector is {@code vector} when the text did not change, else made
	 * now (none when embedding is off).
	 */
	private DemandPayload write(Demand demand, DemandVersion expected, String vector) {
		String stored = (vector != null) ? vector
				: this.embeddings.need(demand.title(), demand.description()).map(Vectors::encode).orElse(null);
		DemandDocument document = this.mapper.toDocument(demand)
			.withVector(stored, (stored != null) ? this.embeddings.modelId() : null);
		try {
			IndexResponse response = this.client.index((i) -> {
				i.index(DemandIndices.DEMANDS.alias()).id(demand.id()).document(document).refresh(Refresh.WaitFor);
				if (expected == null) {
					return i.opType(OpType.Create);
				}
				return i.ifSeqNo(expected.seqNo()).ifPrimaryTerm(expected.primaryTerm());
			});
			return DemandPayload.ok(this.mapper.toDemand(document,
					new DemandVersion(response.seqNo(), response.primaryTerm()).encode()));
		}
		catch (ElasticsearchException ex) {
			if (ex.status() == 409) {
				return DemandPayload.failed(List.of(UserError.of("version", UserErrorCode.CONFLICT,
						"the demand was changed by someone else since this version; read it again")));
			}
			throw ex;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static DemandPayload notFound(String id) {
		return DemandPayload
			.failed(List.of(UserError.of("id", UserErrorCode.NOT_FOUND, "demand " + id + " does not exist")));
	}

	private static DemandPayload closed(Demand demand) {
		return DemandPayload
			.failed(List.of(UserError.of("id", UserErrorCode.CLOSED, "demand " + demand.id() + " is closed")));
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MILLIS);
	}

	private static List<String> clean(List<String> keywords) {
		return (keywords != null) ? keywords.stream().map(String::strip).distinct().toList() : List.of();
	}

	private static String strip(String text) {
		return (text != null && !text.isBlank()) ? text.strip() : null;
	}

	/**
	 * Applies a field the input carries, null included (which clears it); a field left
	 * out changes nothing.
	 */
	private static <T> void unlessOmitted(ArgumentValue<T> value, Consumer<T> apply) {
		if (!value.isOmitted()) {
			apply.accept(value.value());
		}
	}

	private static <T> T or(T value, T fallback) {
		return (value != null) ? value : fallback;
	}

}
