package org.techmatch.accounts;

import org.springframework.data.annotation.Id;
import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.annotations.WriteTypeHint;
import org.springframework.data.elasticsearch.core.query.SeqNoPrimaryTerm;

/**
 * An enterprise or institution whose members sign in; it owns its demands. Stored in
 * {@code techmatch-organisations} ({@code elastic/indices/organisations.json}, the index
 * made from that file); {@code seqNoPrimaryTerm} guards concurrent writes.
 */
@Document(indexName = "techmatch-organisations", createIndex = false, writeTypeHint = WriteTypeHint.FALSE)
public class Organisation {

	@Id
	private String id;

	private String name;

	private String kind;

	private String city;

	private String createdAt;

	private SeqNoPrimaryTerm seqNoPrimaryTerm;

	public String getId() {
		return this.id;
	}

	public void setId(String id) {
		this.id = id;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getKind() {
		return this.kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getCity() {
		return this.city;
	}

	public void setCity(String city) {
		this.city = city;
	}

	public String getCreatedAt() {
		return this.createdAt;
	}

	public void setCreatedAt(String createdAt) {
		this.createdAt = createdAt;
	}

	public SeqNoPrimaryTerm getSeqNoPrimaryTerm() {
		return this.seqNoPrimaryTerm;
	}

	public void setSeqNoPrimaryTerm(SeqNoPrimaryTerm seqNoPrimaryTerm) {
		this.seqNoPrimaryTerm = seqNoPrimaryTerm;
	}

}
