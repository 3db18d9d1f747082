package org.techmatch.expert;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.annotations.WriteTypeHint;
import org.springframework.data.elasticsearch.core.query.SeqNoPrimaryTerm;

/**
 * 专家推荐: an expert's introduction of a supply item to a demand, with its status, the
 * enterprise's answer, the contract it ended in and its immutable history. Stored in
 * {@code techmatch-recommendations} ({@code elastic/indices/recommendations.json}; the
 * index is made from that file behind its alias, not from this class) through
 * {@link RecommendationRepository}; {@code seqNoPrimaryTerm} makes every save conditional
 * on the revision read, so concurrent moves race and the loser gets CONFLICT. The
 * demand's chain, cluster and city and the stage times are copied in, so the statistics
 * are aggregations over this one index.
 * <p>
 * A demand has at most one recommendation of an item: the id is derived from the pair
 * ({@link #idFor}) and a new one is written only if that id is free
 * ({@link RecommendationCreator}), so two experts recommending the same item at once
 * cannot both succeed.
 */
@Document(indexName = "techmatch-recommendations", createIndex = false, writeTypeHint = WriteTypeHint.FALSE)
public class Recommendation {

	/** Prefix of every recommendation id. */
	public static final String ID_PREFIX = "rec-";

	@Id
	private String id;

	/** The demand it answers. */
	private String demandId;

	private String demandTitle;

	/** The organisation that owns the demand (null for imported and demo demands). */
	private String organisationId;

	/** The demand's chain, cluster and city, copied for the statistics. */
	private String chain;

	private String cluster;

	private String city;

	/** The recommended achievement or capability. */
	private String supplyId;

	private String supplyType;

	private String supplyTitle;

	/** The expert who recommended it. */
	private String expertId;

	private String expertName;

	/** The expert's note to the enterprise. */
	private String note;

	private RecommendationStatus status;

	/** The enterprise's reason, when DECLINED. */
	private DeclineReason declineReason;

	/** The enterprise's note with its answer. */
	private String responseNote;

	/** Why it closed without a deal. */
	private DeclineReason closeReason;

	/** The contract, once CONTRACTED. */
	private Contract contract;

	/** Every change, oldest first, only appended. */
	private List<HistoryEntry> history = new ArrayList<>();

	/** When it was proposed (ISO-8601 instants, like every time below). */
	private String createdAt;

	private String updatedAt;

	/** When the demand was submitted and first claimed (the pipeline's first stages). */
	private String demandCreatedAt;

	private String reviewedAt;

	/** When it was sent, answered, accepted and contracted. */
	private String sentAt;

	private String answeredAt;

	private String acceptedAt;

	private String contractedAt;

	/**
	 * Days from the demand's review to sending, from sending to the answer, from
	 * acceptance to the contract's signing (for the medians).
	 */
	private Double sendDays;

	private Double answerDays;

	private Double contractDays;

	/** The revision read; a save over a stale one fails. */
	private SeqNoPrimaryTerm seqNoPrimaryTerm;

	public String getId() {
		return this.id;
	}

	public void setId(String id) {
		this.id = id;
	}

	public String getDemandId() {
		return this.demandId;
	}

	public void setDemandId(String demandId) {
		this.demandId = demandId;
	}

	public String getDemandTitle() {
		return this.demandTitle;
	}

	public void setDemandTitle(String demandTitle) {
		this.demandTitle = demandTitle;
	}

	public String getOrganisationId() {
		return this.organisationId;
	}

	public void setOrganisationId(String organisationId) {
		this.organisationId = organisationId;
	}

	public String getChain() {
		return this.chain;
	}

	public void setChain(String chain) {
		this.chain = chain;
	}

	public String getCluster() {
		return this.cluster;
	}

	public void setCluster(String cluster) {
		this.cluster = cluster;
	}

	public String getCity() {
		return this.city;
	}

	public void setCity(String city) {
		this.city = city;
	}

	public String getSupplyId() {
		return this.supplyId;
	}

	public void setSupplyId(String supplyId) {
		this.supplyId = supplyId;
	}

	public String getSupplyType() {
		return this.supplyType;
	}

	public void setSupplyType(String supplyType) {
		this.supplyType = supplyType;
	}

	public String getSupplyTitle() {
		return this.supplyTitle;
	}

	public void setSupplyTitle(String supplyTitle) {
		this.supplyTitle = supplyTitle;
	}

	public String getExpertId() {
		return this.expertId;
	}

	public void setExpertId(String expertId) {
		this.expertId = expertId;
	}

	public String getExpertName() {
		return this.expertName;
	}

	public void setExpertName(String expertName) {
		this.expertName = expertName;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public RecommendationStatus getStatus() {
		return this.status;
	}

	public void setStatus(RecommendationStatus status) {
		this.status = status;
	}

	public DeclineReason getDeclineReason() {
		return this.declineReason;
	}

	public void setDeclineReason(DeclineReason declineReason) {
		this.declineReason = declineReason;
	}

	public String getResponseNote() {
		return this.responseNote;
	}

	public void setResponseNote(String responseNote) {
		this.responseNote = responseNote;
	}

	public DeclineReason getCloseReason() {
		return this.closeReason;
	}

	public void setCloseReason(DeclineReason closeReason) {
		this.closeReason = closeReason;
	}

	public Contract getContract() {
		return this.contract;
	}

	public void setContract(Contract contract) {
		this.contract = contract;
	}

	public List<HistoryEntry> getHistory() {
		return this.history;
	}

	public void setHistory(List<HistoryEntry> history) {
		this.history = history;
	}

	public String getCreatedAt() {
		return this.createdAt;
	}

	public void setCreatedAt(String createdAt) {
		this.createdAt = createdAt;
	}

	public String getUpdatedAt() {
		return this.updatedAt;
	}

	public void setUpdatedAt(String updatedAt) {
		this.updatedAt = updatedAt;
	}

	public String getDemandCreatedAt() {
		return this.demandCreatedAt;
	}

	public void setDemandCreatedAt(String demandCreatedAt) {
		this.demandCreatedAt = demandCreatedAt;
	}

	public String getReviewedAt() {
		return this.reviewedAt;
	}

	public void setReviewedAt(String reviewedAt) {
		this.reviewedAt = reviewedAt;
	}

	public String getSentAt() {
		return this.sentAt;
	}

	public void setSentAt(String sentAt) {
		this.sentAt = sentAt;
	}

	public String getAnsweredAt() {
		return this.answeredAt;
	}

	public void setAnsweredAt(String answeredAt) {
		this.answeredAt = answeredAt;
	}

	public String getAcceptedAt() {
		return this.acceptedAt;
	}

	public void setAcceptedAt(String acceptedAt) {
		this.acceptedAt = acceptedAt;
	}

	public String getContractedAt() {
		return this.contractedAt;
	}

	public void setContractedAt(String contractedAt) {
		this.contractedAt = contractedAt;
	}

	public Double getSendDays() {
		return this.sendDays;
	}

	public void setSendDays(Double sendDays) {
		this.sendDays = sendDays;
	}

	public Double getAnswerDays() {
		return this.answerDays;
	}

	public void setAnswerDays(Double answerDays) {
		this.answerDays = answerDays;
	}

	public Double getContractDays() {
		return this.contractDays;
	}

	public void setContractDays(Double contractDays) {
		this.contractDays = contractDays;
	}

	public SeqNoPrimaryTerm getSeqNoPrimaryTerm() {
		return this.seqNoPrimaryTerm;
	}

	public void setSeqNoPrimaryTerm(SeqNoPrimaryTerm seqNoPrimaryTerm) {
		this.seqNoPrimaryTerm = seqNoPrimaryTerm;
	}

	/**
	 * The id of the recommendation of {@code supplyId} for {@code demandId}: the same
	 * pair always gets the same id ({@code rec-} and 16 hex digits of the pair's SHA-256,
	 * opaque to clients).
	 */
	public static String idFor(String demandId, String supplyId) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest((demandId + '\n' + supplyId).getBytes(StandardCharsets.UTF_8));
			return ID_PREFIX + HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}

	/** Appends one change to the history. */
	public void append(HistoryEntry entry) {
		List<HistoryEntry> entries = new ArrayList<>((this.history != null) ? this.history : List.of());
		entries.add(entry);
		this.history = entries;
	}

}
