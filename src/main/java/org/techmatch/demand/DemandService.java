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

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.OpType;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.IndexResponse;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

import org.techmatch.catalog.chain.IndustrialChain;
import org.techmatch.graphql.UserError;
import org.techmatch.graphql.UserErrorCode;

/**
 * Demands: read one, submit, update and close. Every write is conditional on the revision the client read
 * ({@code if_seq_no}/{@code if_primary_term}); Elasticsearch refuses a stale one with 409, which becomes the user
 * error {@code CONFLICT} and changes nothing. Writes wait for the refresh, so the demand is searchable (reverse
 * matching) when the mutation returns.
 */
@Service
public class DemandService {

	private final ElasticsearchClient client;

	private final DemandDocumentMapper mapper;

	private final DemandValidator validator;

	private final Clock clock;

	@Autowired
	public DemandService(ElasticsearchClient client, DemandDocumentMapper mapper, DemandValidator validator) {
		this(client, mapper, validator, Clock.systemUTC());
	}

	DemandService(ElasticsearchClient client, DemandDocumentMapper mapper, DemandValidator validator, Clock clock) {
		this.client = client;
		this.mapper = mapper;
		this.validator = validator;
		this.clock = clock;
	}

	/** The demand with this id, with its current version. */
	public Optional<Demand> demand(String id) {
		if (id == null || !id.startsWith(Demand.ID_PREFIX)) {
			return Optional.empty();
		}
		try {
			GetResponse<DemandDocument> response = this.client
				.get((g) -> g.index(DemandIndices.DEMANDS.alias()).id(id), DemandDocument.class);
			if (!response.found() || response.source() == null) {
				return Optional.empty();
			}
			String version = new DemandVersion(response.seqNo(), response.primaryTerm()).encode();
			return Optional.of(this.mapper.toDemand(response.source(), version));
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
		Demand demand = new Demand(Demand.ID_PREFIX + UUID.randomUUID().toString().replace("-", "").substring(0, 16),
				input.title().strip(), input.description().strip(), clean(input.keywords()), input.technicalField(),
				chain.map(IndustrialChain::code).orElse(null), chain.map(IndustrialChain::clusterCode).orElse(null),
				input.maturityAtLeast(), input.cooperationModes(),
				(input.budget() != null) ? input.budget().toBudget() : null, strip(input.city()), input.deadline(),
				DemandStatus.OPEN, input.ownerOrganization().strip(), now, now, null, null, null);
		return write(demand, null);
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
		Optional<Demand> found = demand(input.id());
		if (found.isEmpty()) {
			return notFound(input.id());
		}
		Demand current = found.get();
		if (current.status() == DemandStatus.CLOSED) {
			return closed(current);
		}
		Optional<IndustrialChain> chain = this.validator.resolveChain(input.chain());
		Demand changed = new Demand(current.id(), or(strip(input.title()), current.title()),
				or(strip(input.description()), current.description()),
				(input.keywords() != null) ? clean(input.keywords()) : current.keywords(),
				or(input.technicalField(), current.technicalField()),
				chain.map(IndustrialChain::code).orElse(current.chain()),
				chain.map(IndustrialChain::clusterCode).orElse(current.cluster()),
				or(input.maturityAtLeast(), current.maturityAtLeast()),
				or(input.cooperationModes(), current.cooperationModes()),
				(input.budget() != null) ? input.budget().toBudget() : current.budget(),
				or(strip(input.city()), current.city()), or(input.deadline(), current.deadline()),
				or(input.status(), current.status()), current.ownerOrganization(), current.createdAt(), now(), null,
				current.sourceBatch(), current.sourceId());
		return write(changed, version.get());
	}

	public DemandPayload close(CloseDemandInput input) {
		Optional<DemandVersion> version = DemandVersion.parse(input.version());
		if (version.isEmpty()) {
			return DemandPayload.failed(List.of(UserError.of("version", UserErrorCode.INVALID,
					"version is not a version read from this API")));
		}
		Optional<Demand> found = demand(input.id());
		if (found.isEmpty()) {
			return notFound(input.id());
		}
		Demand current = found.get();
		if (current.status() == DemandStatus.CLOSED) {
			return closed(current);
		}
		Demand closed = new Demand(current.id(), current.title(), current.description(), current.keywords(),
				current.technicalField(), current.chain(), current.cluster(), current.maturityAtLeast(),
				current.cooperationModes(), current.budget(), current.city(), current.deadline(), DemandStatus.CLOSED,
				current.ownerOrganization(), current.createdAt(), now(), null, current.sourceBatch(),
				current.sourceId());
		return write(closed, version.get());
	}

	/** Creates ({@code expected == null}) or overwrites the revision {@code expected}; 409 → CONFLICT. */
	private DemandPayload write(Demand demand, DemandVersion expected) {
		DemandDocument document = this.mapper.toDocument(demand);
		try {
			IndexResponse response = this.client.index((i) -> {
				i.index(DemandIndices.DEMANDS.alias()).id(demand.id()).document(document).refresh(Refresh.WaitFor);
				if (expected == null) {
					return i.opType(OpType.Create);
				}
				return i.ifSeqNo(expected.seqNo()).ifPrimaryTerm(expected.primaryTerm());
			});
			return DemandPayload.ok(this.mapper.toDemand(document, new DemandVersion(response.seqNo(), response.primaryTerm()).encode()));
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
		return DemandPayload.failed(List.of(UserError.of("id", UserErrorCode.NOT_FOUND, "demand " + id + " does not exist")));
	}

	private static DemandPayload closed(Demand demand) {
		return DemandPayload.failed(List.of(UserError.of("id", UserErrorCode.CLOSED, "demand " + demand.id() + " is closed")));
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

	private static <T> T or(T value, T fallback) {
		return (value != null) ? value : fallback;
	}

}
