package org.techmatch.stats;

/** How transferStats groups the contracts. */
public enum TransferGroupBy {

	/** Calendar month of signing (every month of the range, empty ones too). */
	MONTH,
	/** The demand's city. */
	CITY,
	/** The demand's industrial chain. */
	CHAIN,
	/** The demand's industrial cluster. */
	CLUSTER,
	/** The expert who recommended the item (experts and administrators only). */
	EXPERT

}
