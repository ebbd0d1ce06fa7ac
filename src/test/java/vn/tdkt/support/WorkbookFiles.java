package vn.tdkt.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** An .xlsx the application wrote, read back as Excel reads it: its parts, its rows' cells. */
public final class WorkbookFiles {

  public static final String SHEET = "xl/worksheets/sheet1.xml";

  private WorkbookFiles() {
  }

  /** Each part of the package by its name, as text. */
  public static Map<String, String> parts(byte[] workbook) throws IOException {
    Map<String, String> parts = new HashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(workbook))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        parts.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return parts;
  }

  /** Each row's number (attribute r) with its cells' references, as Excel reads where a cell goes. */
  public static Map<Integer, List<String>> cellReferences(String sheet) throws Exception {
    Map<Integer, List<String>> references = new HashMap<>();
    for (Element row : rowElements(sheet)) {
      references.put(Integer.parseInt(row.getAttribute("r")), cells(row).stream().map(c -> c.getAttribute("r")).toList());
    }
    return references;
  }

  /** Each row's cells as Excel shows them: a number's value, an inline string's text. */
  public static List<List<String>> rows(String sheet) throws Exception {
    return rowElements(sheet).stream().map(row -> cells(row).stream().map(Element::getTextContent).toList()).toList();
  }

  private static List<Element> rowElements(String sheet) throws Exception {
    return elements(DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(sheet.getBytes(StandardCharsets.UTF_8))).getElementsByTagName("row"));
  }

  private static List<Element> cells(Element row) {
    return elements(row.getElementsByTagName("c"));
  }

  private static List<Element> elements(NodeList nodes) {
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      elements.add((Element) nodes.item(i));
    }
    return elements;
  }
}
