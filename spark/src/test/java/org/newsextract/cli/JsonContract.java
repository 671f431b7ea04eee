package org.newsextract.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.newsextract.Extraction;

/**
 * Test-only bridge to the command-line tool's JSON writer, which is package-private: the Spark
 * struct is compared with the contract itself, not with a copy of it.
 */
public final class JsonContract {
  private JsonContract() {}

  /** The JSON the CLI writes for {@code x} (without its "id" or "line"). */
  public static ObjectNode toJson(ObjectMapper mapper, Extraction x) {
    return JsonOutput.toJson(mapper, x);
  }
}
