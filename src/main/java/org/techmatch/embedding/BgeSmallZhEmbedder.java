package org.techmatch.embedding;

import java.util.Optional;
import java.util.regex.Pattern;

import dev.langchain4j.model.embedding.BgeSmallZhQuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.EmbeddingModel;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * bge-small-zh (quantized ONNX, 512 dimensions) in process, offline: the model and its
 * vocabulary ship in the {@code langchain4j-embeddings-bge-small-zh-q} jar. Its
 * word-piece tokenizer reads an unspaced run of Han characters as one word and splits it
 * into continuation pieces that do not mean the characters; measured on the zhibei
 * development set, rankings are then near random (nDCG@10 0.03 against 0.43 with
 * spacing), so every Han character is spaced first. Full-width letters and digits are
 * folded to ASCII. About 0.02–0.03 s of CPU per 400-character text on these machines.
 * Loaded on first use; thread-safe.
 */
final class BgeSmallZhEmbedder implements TextEmbedder {

	private static final Log logger = LogFactory.getLog(BgeSmallZhEmbedder.class);

	static final String MODEL_ID = "bge-small-zh-q-0.27.1";

	private static final Pattern HAN = Pattern.compile("(\\p{IsHan})");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private volatile EmbeddingModel model;

	private volatile boolean failed;

	@Override
	public String modelId() {
		return MODEL_ID;
	}

	@Override
	public Optional<float[]> embed(String text) {
		String prepared = prepare(text);
		if (prepared.isEmpty()) {
			return Optional.empty();
		}
		EmbeddingModel loaded = model();
		if (loaded == null) {
			return Optional.empty();
		}
		return Optional.of(Vectors.normalize(loaded.embed(prepared).content().vector()));
	}

	/** Han characters spaced, full-width forms folded, whitespace collapsed. */
	static String prepare(String text) {
		if (text == null) {
			return "";
		}
		String folded = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC);
		return SPACES.matcher(HAN.matcher(folded).replaceAll(" $1 ")).replaceAll(" ").strip();
	}

	private EmbeddingModel model() {
		EmbeddingModel current = this.model;
		if (current != null || this.failed) {
			return current;
		}
		synchronized (this) {
			if (this.model == null && !this.failed) {
				try {
					long started = System.nanoTime();
					this.model = new BgeSmallZhQuantizedEmbeddingModel();
					logger.info("Embedding model " + MODEL_ID + " loaded in "
							+ (System.nanoTime() - started) / 1_000_000 + " ms");
				}
				catch (RuntimeException | LinkageError ex) {
					this.failed = true;
					logger.warn("Embedding model " + MODEL_ID + " could not be loaded; matching ranks by text alone",
							ex);
				}
			}
			return this.model;
		}
	}

}
