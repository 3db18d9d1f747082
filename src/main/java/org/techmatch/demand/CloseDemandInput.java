package org.techmatch.demand;

/** {@code closeDemand(input:)}: the demand's id and the version the client read. */
public record CloseDemandInput(String id, String version) {

}
