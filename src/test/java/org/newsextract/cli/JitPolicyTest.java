package org.newsextract.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

class JitPolicyTest {

  /** Never runs: the directive below names it, so that the test JVM's own JIT is untouched. */
  static final class NeverCompiled {
    static int twice(int x) {
      return 2 * x;
    }
  }

  @Test
  void unknownOrLongInputsKeepTheDefaultJit() {
    assertFalse(JitPolicy.forInput(-1), "standard input: size unknown");
    assertFalse(JitPolicy.forInput(JitPolicy.SHORT_RUN_BYTES + 1), "a long run pays C2 back");
  }

  @Test
  void theDirectiveReachesTheRunningJvm() throws Exception {
    String vm = System.getProperty("java.vm.name", "");
    assumeTrue(vm.contains("HotSpot") || vm.contains("OpenJDK"), "HotSpot's directives only");
    String match = NeverCompiled.class.getName().replace('.', '/') + ".twice";
    assertTrue(JitPolicy.excludeFromC2(match));
    String printed = JitPolicy.diagnosticCommand("compilerDirectivesPrint");
    assertTrue(printed.contains("NeverCompiled") && printed.contains("twice"), printed);
    JitPolicy.diagnosticCommand("compilerDirectivesRemove");
  }

  @Test
  void aDirectiveTheJvmRefusesIsReportedAsNotApplied() {
    String vm = System.getProperty("java.vm.name", "");
    assumeTrue(vm.contains("HotSpot") || vm.contains("OpenJDK"), "HotSpot's directives only");
    assertFalse(JitPolicy.excludeFromC2("not a \" valid match"));
  }
}
