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
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.IndexResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.data.ArgumentValue;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import org.techmatch.accounts.Caller;
import org.techmatch.accounts.Organisation;
import org.techmatch.accounts.OrganisationRepository;
import org.techmatch.accounts.Role;

import org.techmatch.catalog.chain.IndustrialChain;
import org.techmatch.embedding.EmbeddingTexts;
import org.techmatch.embedding.Vectors;
import org.techmatch.events.EventLog;
import org.techmatch.events.WorkflowEvent;
import org.techmatch.graphql.ApiException;
import org.techmatch.graphql.UserError;
import org.techmatch.graphql.UserErrorCode;

/**
 * Demands: read one (anyone: public fields, {@link DemandVisibility} decides the rest),
 * submit (ENTERPRISE members, ADMIN), update and close (the owning organisation's
 * members, ADMIN). Every write is conditional on the revision the client read
 * ({@code if_seq_no}/{@code if_primary_term}); Elasticsearch refuses a stale one with
 * 409, which becomes the user error {@code CONFLICT} and changes nothing. Writes wait for
 * the refresh, so the demand is searchable (reverse matching) when the mutation returns.
 * Each write stores the vector of the demand's text beside it (made again only when title
 * or description changed), so matching compares meanings without embedding anything on
 * the read path.
 */
@Service
public class DemandService {

	static final int MAX_OWN_DEMANDS = 100;

	private final ElasticsearchClient client;

	private final DemandDocumentMapper mapper;

	private final DemandValidator validator;

	private final OrganisationRepository organisations;

	private final EmbeddingTexts embeddings;

	private final EventLog events;

	private final Clock clock;

	@Autowired
	public DemandService(ElasticsearchClient client, DemandDocumentMapper mapper, DemandValidator validator,
			OrganisationRepository organisations, EmbeddingTexts embeddings, EventLog events) {
		this(client, mapper, validator, organisations, embeddings, events, Clock.systemUTC());
	}

	DemandService(ElasticsearchClient client, DemandDocumentMapper mapper, DemandValidator validator,
			OrganisationRepository organisations, EmbeddingTexts embeddings, EventLog events, Clock clock) {
		this.client = client;
		this.mapper = mapper;
		this.validator = validator;
		this.organisations = organisations;
		this.embeddings = embeddings;
		this.events = events;
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
			return Optional.of(stored(response.source(), response.seqNo(), response.primaryTerm()));
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

	/** A demand as read from its document at this revision. */
	public StoredDemand stored(DemandDocument source, long seqNo, long primaryTerm) {
		return new StoredDemand(this.mapper.toDemand(source, new DemandVersion(seqNo, primaryTerm).encode()),
				source.vector());
	}

	/**
	 * The demands of the caller's organisation, newest first, at most {@code first}
	 * (1..100), each with its current version. ENTERPRISE members only.
	 */
	@PreAuthorize("hasRole('ENTERPRISE')")
	public List<Demand> organisationDemands(int first) {
		if (first < 1 || first > MAX_OWN_DEMANDS) {
			throw ApiException.badInput("first", "first must be between 1 and " + MAX_OWN_DEMANDS + ", was " + first);
		}
		String organisationId = Caller.current().organisationId();
		if (organisationId == null) {
			return List.of();
		}
		try {
			SearchResponse<DemandDocument> response = this.client.search((s) -> s.index(DemandIndices.DEMANDS.alias())
				.query((q) -> q.term((t) -> t.field("organisationId").value(organisationId)))
				.sort((o) -> o.field((f) -> f.field("createdAt").order(SortOrder.Desc)))
				.sort((o) -> o.field((f) -> f.field("id").order(SortOrder.Asc)))
				.source((source) -> source.filter((f) -> f.excludes("vector")))
				.seqNoPrimaryTerm(true)
				.size(first), DemandDocument.class);
			List<Demand> demands = new ArrayList<>();
			for (Hit<DemandDocument> hit : response.hits().hits()) {
				if (hit.source() != null) {
					demands.add(this.mapper.toDemand(hit.source(),
							new DemandVersion(hit.seqNo(), hit.primaryTerm()).encode()));
				}
			}
			return demands;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * ENTERPRISE members (the demand belongs to their organisation, whose name becomes
	 * {@code ownerOrganization}) and ADMIN (for the organisation the input names).
	 */
	@PreAuthorize("hasAnyRole('ENTERPRISE', 'ADMIN')")
	public DemandPayload submit(SubmitDemandInput input) {
		Caller caller = Caller.current();
		String organisationId = null;
		if (!caller.has(Role.ADMIN)) {
			organisationId = caller.organisationId();
			if (organisationId == null) {
				throw new AccessDeniedException("an enterprise member without an organisation");
			}
			input = input
				.ownedBy(this.organisations.findById(organisationId).map(Organisation::getName).orElse(organisationId));
		}
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
			.organisationId(organisationId)
			.createdAt(now)
			.updatedAt(now)
			.build();
		DemandPayload payload = write(demand, null, null);
		if (payload.demand() != null) {
			this.events.append(WorkflowEvent.demandSubmitted(demand.id(), demand.organisationId()));
		}
		return payload;
	}

	/**
	 * Members of the owning organisation and ADMIN; others FORBIDDEN. Status changes
	 * follow {@link DemandTransitions} (else userError INVALID_TRANSITION).
	 */
	@PreAuthorize("hasAnyRole('ENTERPRISE', 'ADMIN')")
	public DemandPayload update(UpdateDemandInput input) {
		DemandVersion version = version(input.version());
		List<UserError> errors = new ArrayList<>(this.validator.validateUpdate(input));
		if (!errors.isEmpty()) {
			return DemandPayload.failed(errors);
		}
		Optional<StoredDemand> found = stored(input.id());
		if (found.isEmpty()) {
			return notFound(input.id());
		}
		Demand current = found.get().demand();
		checkOwner(current);
		if (current.status() == DemandStatus.CLOSED) {
			return closed(current);
		}
		if (input.status() != null && !DemandTransitions.allowed(current.status(), input.status())) {
			return DemandPayload.failed(List.of(UserError.of("status", UserErrorCode.INVALID_TRANSITION,
					"a demand that is " + current.status() + " cannot become " + input.status())));
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
		return write(updated, version, sameText ? found.get().vector() : null);
	}

	/** Members of the owning organisation and ADMIN; others FORBIDDEN. */
	@PreAuthorize("hasAnyRole('ENTERPRISE', 'ADMIN')")
	public DemandPayload close(CloseDemandInput input) {
		DemandVersion version = version(input.version());
		Optional<StoredDemand> found = stored(input.id());
		if (found.isEmpty()) {
			return notFound(input.id());
		}
		Demand current = found.get().demand();
		checkOwner(current);
		if (current.status() == DemandStatus.CLOSED) {
			return closed(current);
		}
		Demand closed = current.toBuilder().status(DemandStatus.CLOSED).updatedAt(now()).version(null).build();
		return write(closed, version, found.get().vector());
	}

	/**
	 * Creates ({@code expected == null}) or overwrites the revision {@code expected}; 409
	 * → CONFLICT. The vector is {@code vector} when the text did not change, else made
	 * now (none when embedding is off).
	 */
	private DemandPayload write(Demand demand, DemandVersion expected, String vector) {
		try {
			return DemandPayload.ok(store(demand, expected, vector));
		}
		catch (ElasticsearchException ex) {
			if (ex.status() == 409) {
				return DemandPayload.failed(List.of(UserError.of("version", UserErrorCode.CONFLICT,
						"the demand was changed by someone else since this version; read it again")));
			}
			throw ex;
		}
	}

	/**
	 * Writes a change the expert workflow made (a claim, a release, the status that
	 * follows a recommendation), only over the revision {@code current} was read at;
	 * empty when someone changed the demand since (nothing written). Who may make the
	 * change is the caller's to check ({@code org.techmatch.expert}).
	 */
	public Optional<Demand> replace(StoredDemand current, Demand changed) {
		DemandVersion expected = DemandVersion.parse(current.demand().version())
			.orElseThrow(() -> new IllegalArgumentException("a stored demand without its version"));
		try {
			return Optional.of(store(changed.toBuilder().version(null).build(), expected, current.vector()));
		}
		catch (ElasticsearchException ex) {
			if (ex.status() == 409) {
				return Optional.empty();
			}
			throw ex;
		}
	}

	private Demand store(Demand demand, DemandVersion expected, String vector) {
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
			return this.mapper.toDemand(document, new DemandVersion(response.seqNo(), response.primaryTerm()).encode());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The version the client sent; one never read from this API (malformed, or a primary
	 * term of 0) is {@code BAD_USER_INPUT} on {@code input.version}.
	 */
	private static DemandVersion version(String text) {
		return DemandVersion.parse(text)
			.orElseThrow(() -> ApiException.badInput("input.version", "version is not a version read from this API"));
	}

	/** ADMIN, or a member of the organisation that owns the demand. */
	private static void checkOwner(Demand demand) {
		Caller caller = Caller.current();
		if (!caller.has(Role.ADMIN) && !caller.isMemberOf(demand.organisationId())) {
			throw new AccessDeniedException("not a member of the organisation that owns " + demand.id());
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
