package org.newsextract.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The models on the classpath are the ones models/README.md documents, loaded once. */
class ModelsTest {

  @ParameterizedTest
  @CsvSource({
    Models.SENTENCE + ", 4de58d12b09421003c8b1ba13e8b58ec533b28e1f22a65272119dc0993d333e8",
    Models.TOKENS + ", 95139111197ba9f1165fc12be8d4cbac05ea3912f995d167efa1a0e04e3e649a",
    Models.POS + ", 510b89087e7ef7ffb8c50c63e3e999122404ac9fa64790dfa93b38d1938c52ce"
  })
  void modelFilesMatchTheirDocumentedChecksums(String resource, String sha256) throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    try (InputStream in = Models.class.getClassLoader().getResourceAsStream(resource)) {
      assertNotNull(in, resource);
      assertEquals(sha256, HexFormat.of().formatHex(digest.digest(in.readAllBytes())));
    }
  }

  @Test
  void modelsLoadOnce() {
    assertSame(Models.pos(), Models.pos());
    assertSame(Models.sentences(), Models.sentences());
    assertSame(Models.tokens(), Models.tokens());
  }
}
