package vn.tdkt.guide;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.bind.annotation.RestController;

/**
 * The user guide, written in {@code docs/huong-dan-su-dung.md}, served as a page the Welcome
 * application links to; read at each request, so an edited guide shows without a restart.
 */
@RestController
public class UserGuideController {

  private final Path guide;

  public UserGuideController(@Value("${tdkt.user-guide:docs/huong-dan-su-dung.md}") Path guide) {
    this.guide = guide;
  }

  /** The guide's pictures (screenshots of the browser tests), beside it in {@code docs/huong-dan-su-dung/hinh/}. */
  @GetMapping(value = "/huong-dan-su-dung/hinh/{name:[a-z0-9-]+\\.png}", produces = MediaType.IMAGE_PNG_VALUE)
  public byte[] picture(@PathVariable String name) throws IOException {
    Path picture = guide.resolveSibling("huong-dan-su-dung").resolve("hinh").resolve(name);
    if (!Files.isRegularFile(picture)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có hình " + name + ".");
    }
    return Files.readAllBytes(picture);
  }

  @GetMapping(value = "/huong-dan-su-dung", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
  public String guide() throws IOException {
    String body = HtmlRenderer.builder().escapeHtml(true).build()
        .render(Parser.builder().build().parse(Files.readString(guide)));
    return """
        <!DOCTYPE html>
        <html lang="vi"><head><meta charset="utf-8"><title>Hướng dẫn sử dụng</title>
        <style>body{font-family:sans-serif;max-width:860px;margin:2em auto;padding:0 1em;line-height:1.5}
        code{background:#f3f3f3;padding:0 .2em}img{max-width:100%%;border:1px solid #ddd}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em}</style>
        </head><body>%s</body></html>
        """.formatted(body);
  }
}
