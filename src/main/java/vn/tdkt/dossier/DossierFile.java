package vn.tdkt.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.camunda.bpm.engine.variable.value.FileValue;
import vn.tdkt.common.TextVariables;

/**
 * A dossier document is a PDF, a Word (DOC, DOCX), an Excel (XLS, XLSX) or an image (JPG, PNG)
 * file, judged by its content as well as its name — the name's extension says what it claims to
 * be, the content must agree — and no larger than the configured limit.
 */
final class DossierFile {

  static final String KINDS = "PDF, DOC, DOCX, XLS, XLSX, JPG hoặc PNG";

  /** The accepted kinds: extensions, the content type the file is served with, and what its content must show. */
  enum Kind {
    PDF("application/pdf", b -> startsWith(b, '%', 'P', 'D', 'F', '-'), "pdf"),
    DOC("application/msword", b -> oleStream(b, "WordDocument"), "doc"),
    XLS("application/vnd.ms-excel", b -> oleStream(b, "Workbook") || oleStream(b, "Book"), "xls"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", b -> zipEntryUnder(b, "word/"), "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", b -> zipEntryUnder(b, "xl/"), "xlsx"),
    JPG("image/jpeg", b -> startsWith(b, 0xFF, 0xD8, 0xFF), "jpg", "jpeg"),
    PNG("image/png", b -> startsWith(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A), "png");

    final String mimeType;
    private final Predicate<byte[]> content;
    private final String[] extensions;

    Kind(String mimeType, Predicate<byte[]> content, String... extensions) {
      this.mimeType = mimeType;
      this.content = content;
      this.extensions = extensions;
    }

    static Optional<Kind> byName(String filename) {
      String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
      return Arrays.stream(values())
          .filter(k -> Arrays.stream(k.extensions).anyMatch(e -> name.endsWith("." + e))).findFirst();
    }
  }

  private DossierFile() {}

  /** Returns what is wrong with the file, or empty when it is acceptable. */
  static Optional<String> problem(FileValue file, String label, long maxBytes) {
    if (file == null || file.getValue() == null) {
      return Optional.of("Thiếu " + label + " (tệp " + KINDS + ").");
    }
    String shown = capitalized(label) + " (" + file.getFilename() + ")";
    Optional<Kind> kind = Kind.byName(file.getFilename());
    if (kind.isEmpty()) {
      return Optional.of(shown + ": chỉ nhận tệp " + KINDS + ".");
    }
    byte[] content;
    try (InputStream in = file.getValue()) {
      // One byte more than allowed is enough to know it is too large.
      content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    } catch (IOException e) {
      return Optional.of("Không đọc được " + label + ".");
    }
    if (content.length == 0) {
      return Optional.of(shown + " là tệp rỗng.");
    }
    if (content.length > maxBytes) {
      return Optional.of(shown + " vượt quá dung lượng cho phép (" + maxBytes / (1024 * 1024) + " MB).");
    }
    if (!kind.get().content.test(content)) {
      return Optional.of(shown + " có đuôi tệp " + kind.get() + " nhưng nội dung không phải tệp " + kind.get()
          + " hợp lệ.");
    }
    return Optional.empty();
  }

  /** The content type to serve an accepted file with: from its checked kind, never what the browser claimed. */
  static String mimeType(String filename) {
    return Kind.byName(filename).map(k -> k.mimeType).orElse("application/octet-stream");
  }

  /**
   * A file name any browser can download: Camunda sends the stored name as is in the download
   * header, and the servlet container drops a header with characters outside Latin-1, so
   * Vietnamese letters are reduced to their base letters ("Biên bản họp xét.pdf" → "Bien ban hop xet.pdf").
   * Anything else than letters, digits and a few signs becomes "_", a path is cut to its last
   * part, leading dots go (no hidden or "..") and the name keeps at most 150 characters with its extension.
   */
  static String downloadableName(String name) {
    String last = name == null ? "" : name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    String safe = TextVariables.plainLetters(last).replaceAll("[^A-Za-z0-9 ._()-]", "_").replaceAll("\\s+", " ").replaceAll("^[ .]+", "").trim();
    if (safe.length() > 150) {
      int dot = safe.lastIndexOf('.');
      String extension = dot > 0 && safe.length() - dot <= 6 ? safe.substring(dot) : "";
      safe = safe.substring(0, 150 - extension.length()) + extension;
    }
    return safe.isEmpty() ? "tep" : safe;
  }

  private static boolean startsWith(byte[] content, int... signature) {
    if (content.length < signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if ((content[i] & 0xFF) != signature[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * An OLE2 compound file (the old Office format, shared by DOC and XLS) holding a stream of that
   * name: Word keeps its text in "WordDocument", Excel its sheets in "Workbook" (or "Book").
   * Directory entries are 128-byte records after the 512-byte header, name in UTF-16LE, then
   * the name's length in bytes and the entry's type (2: stream).
   */
  private static boolean oleStream(byte[] b, String stream) {
    if (!startsWith(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
      return false;
    }
    byte[] name = (stream + "\0").getBytes(StandardCharsets.UTF_16LE);
    for (int entry = 512; entry + 128 <= b.length; entry += 128) {
      if (u16(b, entry + 0x40) == name.length && b[entry + 0x42] == 2
          && Arrays.equals(b, entry, entry + name.length, name, 0, name.length)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A ZIP archive (the Office Open XML formats, DOCX and XLSX) with an entry under the folder
   * that makes it a Word ("word/") or Excel ("xl/") document. Only the central directory at the
   * end of the archive is read, nothing is unpacked, so a "zip bomb" costs nothing.
   */
  private static boolean zipEntryUnder(byte[] b, String folder) {
    if (!startsWith(b, 'P', 'K', 3, 4)) {
      return false;
    }
    int end = b.length - 22;
    while (end >= Math.max(0, b.length - 22 - 0xFFFF) && u32(b, end) != 0x06054b50L) {
      end--;
    }
    if (end < 0 || u32(b, end) != 0x06054b50L) {
      return false;
    }
    int entries = u16(b, end + 10);
    long at = u32(b, end + 16);
    for (int i = 0; i < entries && at + 46 <= b.length && u32(b, (int) at) == 0x02014b50L; i++) {
      int p = (int) at;
      int nameLength = u16(b, p + 28);
      if (p + 46 + nameLength > b.length) {
        return false;
      }
      if (new String(b, p + 46, nameLength, StandardCharsets.UTF_8).startsWith(folder)) {
        return true;
      }
      at = (long) p + 46 + nameLength + u16(b, p + 30) + u16(b, p + 32);
    }
    return false;
  }

  private static int u16(byte[] b, int at) {
    return at + 2 > b.length ? -1 : (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
  }

  private static long u32(byte[] b, int at) {
    return at < 0 || at + 4 > b.length ? -1 : (u16(b, at) & 0xFFFFL) | (long) u16(b, at + 2) << 16;
  }

  private static String capitalized(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
