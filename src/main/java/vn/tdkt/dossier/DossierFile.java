package vn.tdkt.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import org.camunda.bpm.engine.variable.value.FileValue;

/**
 * A dossier document is a PDF or a DOCX, judged by its content, not only by its name, and no
 * larger than the configured limit.
 */
final class DossierFile {

  private DossierFile() {}

  /** Returns what is wrong with the file, or empty when it is acceptable. */
  static Optional<String> problem(FileValue file, String label, long maxBytes) {
    if (file == null || file.getValue() == null) {
      return Optional.of("Thiếu " + label + " (tệp PDF hoặc DOCX).");
    }
    String name = file.getFilename() == null ? "" : file.getFilename().toLowerCase(Locale.ROOT);
    byte[] head = new byte[5];
    long size;
    try (InputStream in = file.getValue()) {
      int read = in.readNBytes(head, 0, head.length);
      size = read + in.transferTo(java.io.OutputStream.nullOutputStream());
      if (read < 4) {
        return Optional.of(capitalized(label) + " là tệp rỗng.");
      }
    } catch (IOException e) {
      return Optional.of("Không đọc được " + label + ".");
    }
    if (size > maxBytes) {
      return Optional.of(capitalized(label) + " vượt quá dung lượng cho phép (" + maxBytes / (1024 * 1024) + " MB).");
    }
    boolean pdf = head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F';
    boolean zip = head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    if ((name.endsWith(".pdf") && pdf) || (name.endsWith(".docx") && zip)) {
      return Optional.empty();
    }
    return Optional.of(capitalized(label) + " (" + file.getFilename() + ") không phải tệp PDF hoặc DOCX hợp lệ.");
  }

  /**
   * A file name any browser can download: Camunda sends the stored name as is in the download
   * header, and the servlet container drops a header with characters outside Latin-1, so
   * Vietnamese letters are reduced to their base letters ("Biên bản họp xét.pdf" → "Bien ban hop xet.pdf").
   */
  static String downloadableName(String name) {
    String base = Normalizer.normalize(name == null ? "tep" : name, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D');
    String safe = base.replaceAll("[^A-Za-z0-9 ._()-]", "_").trim();
    return safe.isEmpty() ? "tep" : safe;
  }

  private static String capitalized(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
