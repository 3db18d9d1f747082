package org.techmatch.catalog.demo;

import java.util.List;

import org.techmatch.catalog.TechnicalField;

/** Vocabulary shared by the topics of one chain: its field, qualifiers and equipment. */
record ChainVocabulary(String chainCode, String clusterCode, TechnicalField field, List<String> qualifiers,
		List<String> equipment, List<DemoTopic> topics) {
}
