package org.techmatch.importing;

/**
 * Why a row was rejected: its row number, the canonical field at fault
 * ({@value #WHOLE_ROW} when the row could not be read at all) and a reason an operator
 * can act on.
 */
public record RowProblem(int rowNumber, String field, String reason) {

	/**
	 * Field name used when the problem is the whole row (undecodable, malformed,
	 * duplicate).
	 */
	public static final String WHOLE_ROW = "row";

}
