package org.techmatch.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.get.GetResult;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import co.elastic.clients.json.JsonData;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.stereotype.Component;

import org.techmatch.catalog.SupplyDocument;
import org.techmatch.demand.Demand;
import org.techmatch.demand.DemandDocument;
import org.techmatch.demand.DemandIndices;
import org.techmatch.demand.DemandService;
import org.techmatch.demand.DemandService.StoredDemand;
import org.techmatch.elastic.IndexDefinition;
import org.techmatch.elastic.KeptIndex;
import org.techmatch.matching.MatchFeedback.RecordedMark;

/**
 * Each stored demand's ranked matches as last computed, in
 * {@code techmatch-demand-matches} (one document per demand, its id the demand's): the
 * whole ranked candidate list with the criteria each met, the reasons of the first
 * {@value #WITH_REASONS}, and the feedback the list was computed with.
 * {@link MatchService#matchDemand} answers from it while it is current and otherwise
 * computes the list and stores it here.
 * <p>
 * A stored list is current while three things hold: the demand is at the revision it was
 * computed from (any write to the demand, its vector included, moves it on); the supply
 * indices have not changed since ({@link org.techmatch.supply.SupplyStamp}); and no
 * recommendation for the demand was written since ({@link #forget}, called by the
 * workflow after each of its writes). Writes of a computed list are conditional on the
 * document's revision read before computing, so a list computed from older feedback never
 * overwrites the mark {@link #forget} left: the next read computes it again.
 */
@Component
public class MatchStore implements KeptIndex {

	private static final Log logger = LogFactory.getLog(MatchStore.class);

	public static final IndexDefinition INDEX = IndexDefinition.of("demand-matches");

	/**
	 * How many of the first ranked entries keep their reasons (the pages people read).
	 */
	static final int WITH_REASONS = 30;

	private final ElasticsearchClient client;

	private final DemandService demands;

	public MatchStore(ElasticsearchClient client, DemandService demands) {
		this.client = client;
		this.demands = demands;
	}

	/**
	 * A stored demand's document as stored.
	 *
	 * @param demandId the demand
	 * @param demandVersion the demand's revision the list was computed from
	 * @param supplyStamp the supply indices' stamp read before computing it
	 * @param computedAt when
	 * @param forgotten true when the workflow wrote since (the list is not current)
	 * @param ranked the ranked list, best first
	 * @param recommendations the feedback's recommendations it was computed with
	 */
	public record StoredMatches(String demandId, String demandVersion, String supplyStamp, String computedAt,
			Boolean forgotten, List<Entry> ranked, List<RecordedMark> recommendations) {

		/**
		 * Whether the list may answer for the demand at {@code version} and the supply at
		 * {@code stamp}.
		 */
		boolean currentFor(String version, String stamp) {
			return !Boolean.TRUE.equals(this.forgotten) && this.ranked != null && stamp != null
					&& stamp.equals(this.supplyStamp) && version != null && version.equals(this.demandVersion);
		}

	}

	/**
	 * One ranked entry.
	 *
	 * @param id the supply item
	 * @param score its score
	 * @param text its text relevance
	 * @param met the criteria it met
	 * @param reasons its reasons, null beyond the first {@value #WITH_REASONS} (and the
	 * entries of the page that computed the list)
	 * @param item the item's document without its long fields, stored with the reasons
	 * when the computation read it so (any change of the supply makes the list not
	 * current, so it cannot be older than the list); null otherwise
	 */
	public record Entry(String id, double score, double text, List<MatchReasonKind> met, List<MatchReason> reasons,
			SupplyDocument item) {
	}

	/**
	 * What one read found.
	 *
	 * @param demand the demand
	 * @param stored its stored list, null when it has none
	 * @param seqNo the stored document's revision (null when there is none)
	 * @param primaryTerm the same
	 */
	public record Read(StoredDemand demand, StoredMatches stored, Long seqNo, Long primaryTerm) {
	}

	/**
	 * The demand and its stored matches in one {@code _mget}; empty when the demand does
	 * not exist.
	 */
	public Optional<Read> read(String demandId) {
		return Optional.ofNullable(read(List.of(demandId)).get(demandId));
	}

	/**
	 * The demands with these ids that exist, each with its stored matches, in one
	 * {@code _mget}; by id, in the order asked.
	 */
	public Map<String, Read> read(List<String> demandIds) {
		List<String> wanted = demandIds.stream()
			.filter((id) -> id != null && id.startsWith(Demand.ID_PREFIX))
			.distinct()
			.toList();
		Map<String, Read> found = new LinkedHashMap<>();
		if (wanted.isEmpty()) {
			return found;
		}
		try {
			MgetResponse<JsonData> response = this.client.mget((m) -> {
				for (String id : wanted) {
					m.docs((d) -> d.index(DemandIndices.DEMANDS.alias()).id(id));
					m.docs((d) -> d.index(INDEX.alias()).id(id));
				}
				return m;
			}, JsonData.class);
			for (int i = 0; i < wanted.size(); i++) {
				MultiGetResponseItem<JsonData> demandItem = response.docs().get(2 * i);
				if (!demandItem.isResult() || !demandItem.result().found() || demandItem.result().source() == null) {
					if (demandItem.isFailure()
							&& !"index_not_found_exception".equals(demandItem.failure().error().type())) {
						throw new IllegalStateException("Reading demand " + wanted.get(i) + " failed: "
								+ demandItem.failure().error().reason());
					}
					continue;
				}
				GetResult<JsonData> demand = demandItem.result();
				StoredDemand stored = this.demands.stored(
						demand.source().to(DemandDocument.class, this.client._jsonpMapper()), demand.seqNo(),
						demand.primaryTerm());
				MultiGetResponseItem<JsonData> matchesItem = response.docs().get(2 * i + 1);
				if (matchesItem.isResult() && matchesItem.result().found() && matchesItem.result().source() != null) {
					GetResult<JsonData> matches = matchesItem.result();
					found.put(wanted.get(i),
							new Read(stored, matches.source().to(StoredMatches.class, this.client._jsonpMapper()),
									matches.seqNo(), matches.primaryTerm()));
				}
				else {
					found.put(wanted.get(i), new Read(stored, null, null, null));
				}
			}
			return found;
		}
		catch (ElasticsearchException ex) {
			if (ex.status() == 404) {
				return found;
			}
			throw ex;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * {@link #write} of many lists in one {@code _bulk}; each is dropped on its own when
	 * a concurrent write won.
	 */
	void writeAll(List<Map.Entry<Read, StoredMatches>> lists) {
		if (lists.isEmpty()) {
			return;
		}
		List<BulkOperation> operations = new ArrayList<>();
		for (Map.Entry<Read, StoredMatches> list : lists) {
			Read read = list.getKey();
			StoredMatches matches = list.getValue();
			if (read.stored() != null && read.seqNo() != null) {
				operations.add(BulkOperation.of((op) -> op.index((i) -> i.index(INDEX.alias())
					.id(matches.demandId())
					.ifSeqNo(read.seqNo())
					.ifPrimaryTerm(read.primaryTerm())
					.document(matches))));
			}
			else {
				operations.add(BulkOperation
					.of((op) -> op.create((c) -> c.index(INDEX.alias()).id(matches.demandId()).document(matches))));
			}
		}
		try {
			BulkResponse response = this.client.bulk((b) -> b.operations(operations));
			for (BulkResponseItem item : response.items()) {
				if (item.error() != null && item.status() != 409) {
					logger.warn("Could not store the matches of " + item.id() + ": " + item.error().reason());
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			logger.warn("Could not store the matches of " + lists.size() + " demands: " + ex);
		}
	}

	/**
	 * Stores a computed list over the document {@code read} found (or as a new one when
	 * it found none). A concurrent write wins: this one is dropped, and so is any failure
	 * to store (the list was answered; the next read computes it again).
	 */
	void write(Read read, StoredMatches matches) {
		writeAll(List.of(Map.entry(read, matches)));
	}

	/**
	 * Marks the demand's stored list as not current (after a write of its feedback): the
	 * next read computes it again. Waits for nothing but the write itself. A failure is
	 * logged, not thrown: the feedback it follows is written already.
	 */
	public void forget(String demandId) {
		try {
			this.client.index((i) -> i.index(INDEX.alias())
				.id(demandId)
				.document(new StoredMatches(demandId, null, null, Instant.now().toString(), true, null, null)));
		}
		catch (IOException | RuntimeException ex) {
			logger.error("Could not mark the stored matches of " + demandId
					+ " as not current; they may show feedback older than the last recommendation until the demand or the supply changes: "
					+ ex);
		}
	}

	@Override
	public IndexDefinition keptIndex() {
		return INDEX;
	}

}
