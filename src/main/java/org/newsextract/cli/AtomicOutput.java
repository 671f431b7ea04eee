package org.newsextract.cli;

import java.io.Closeable;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The {@code --out} file, never seen half-written: the output goes to a hidden temporary file
 * in the target's folder, which replaces the target in one rename once the run has completed.
 * On a failure the temporary file is deleted and the target is left as it was; a killed run
 * leaves at most the temporary file. A target that is not a regular file ({@code /dev/null}, a
 * FIFO) cannot be replaced and is written directly.
 */
final class AtomicOutput implements Closeable {
  private final Path target;
  /** Null when writing straight to the target. */
  private final Path temp;
  private final FileOutputStream out;
  private final Thread cleanup;
  private boolean committed;

  private AtomicOutput(Path target, Path temp, FileOutputStream out) {
    this.target = target;
    this.temp = temp;
    this.out = out;
    // Ctrl-C or a TERM signal runs shutdown hooks: do not leave the temporary file behind.
    this.cleanup = temp == null ? null : new Thread(() -> deleteQuietly(temp), "newsextract-out");
    if (cleanup != null) {
      Runtime.getRuntime().addShutdownHook(cleanup);
    }
  }

  /** Opens a temporary file beside {@code target} (a link is followed, so it stays a link). */
  static AtomicOutput open(Path target) throws IOException {
    Path real = Files.exists(target) ? target.toRealPath() : target.toAbsolutePath();
    if (Files.exists(real) && !Files.isRegularFile(real)) {
      return new AtomicOutput(real, null, new FileOutputStream(real.toFile()));
    }
    String name = real.getFileName().toString();
    // A short prefix keeps the temporary name within the file system's limit.
    String prefix = "." + (name.length() > 100 ? name.substring(0, 100) : name) + ".";
    Path temp;
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      // rw-rw-rw- less the umask, as for any new file (createTempFile alone gives rw-------).
      temp = Files.createTempFile(real.getParent(), prefix, ".tmp",
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-rw-rw-")));
      keepPermissions(real, temp);
    } else {
      temp = Files.createTempFile(real.getParent(), prefix, ".tmp");
    }
    try {
      return new AtomicOutput(real, temp, new FileOutputStream(temp.toFile()));
    } catch (IOException | RuntimeException e) {
      deleteQuietly(temp);
      throw e;
    }
  }

  /** A replaced file keeps its permissions, as it would when overwritten in place. */
  private static void keepPermissions(Path target, Path temp) {
    if (Files.exists(target)) {
      try {
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(target);
        Files.setPosixFilePermissions(temp, perms);
      } catch (IOException | UnsupportedOperationException e) {
        // best effort: the output itself is what matters
      }
    }
  }

  OutputStream stream() {
    return out;
  }

  /** Makes the output the target: flushed to disk first, then renamed over it. */
  void commit() throws IOException {
    out.flush();
    if (temp != null) {
      // Synced before the rename, so a crash cannot leave an empty file under the final name.
      out.getFD().sync();
    }
    out.close();
    if (temp != null) {
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
    committed = true;
    removeCleanup();
  }

  /** Without a commit, deletes the temporary file: the target stays as it was. */
  @Override
  public void close() {
    if (!committed) {
      try {
        out.close();
      } catch (IOException e) {
        // the file is deleted anyway
      }
      if (temp != null) {
        deleteQuietly(temp);
      }
    }
    removeCleanup();
  }

  private void removeCleanup() {
    if (cleanup != null) {
      try {
        Runtime.getRuntime().removeShutdownHook(cleanup);
      } catch (IllegalStateException e) {
        // the JVM is shutting down and runs the hook itself
      }
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      // nothing more to do for a temporary file
    }
  }
}
