package org.newsextract.date.engine;

import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** The rules compile their patterns on first use: every built-in one must compile. */
class DateRuleTest {

  @Test
  void everyBuiltInRuleCompilesOnce() {
    for (DateRule rule : DateExtractor.RULES) {
      assertSame(rule.pattern(), rule.pattern(), rule.id);
    }
  }
}
