package vn.tdkt.common;

import com.fasterxml.jackson.core.StreamReadConstraints;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No request body larger than {@code tdkt.upload.max-request-bytes} reaches the application: the
 * Camunda REST API and the webapps' API read JSON and multipart bodies of any size and would store
 * an uploaded file before any check runs, and the project's API reads a body before its role
 * check. Every path is held to it: a limit by path could be stepped around by spelling the path
 * otherwise ({@code /api;x=1/plans}, {@code /%61pi/plans}), which the server still routes to the
 * API. Answers 413 with a Vietnamese message; nothing is stored.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestSizeLimit extends OncePerRequestFilter {

  static {
    // Files travel base64-encoded in JSON (Tasklist's forms): a 20 MB file is a 27-million-character
    // string, above Jackson's default ceiling of 20 million. The request size limit is the real bound.
    StreamReadConstraints.overrideDefaultStreamReadConstraints(
        StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE - 8).build());
  }

  private final long maxBytes;

  public RequestSizeLimit(@Value("${tdkt.upload.max-request-bytes:125829120}") long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > maxBytes) {
      response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      response.setContentType("application/json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      // The body is not read: answer now and close, rather than wait for what would be thrown away.
      response.setHeader("Connection", "close");
      response.getWriter().write("{\"type\":\"RequestTooLarge\",\"message\":\"" + tooLarge() + "\"}");
      response.flushBuffer();
      return;
    }
    chain.doFilter(new Bounded(request), response);
  }

  private String tooLarge() {
    return "Dữ liệu gửi lên quá lớn (tối đa " + maxBytes / (1024 * 1024) + " MB cho một lần gửi). Không có gì được lưu.";
  }

  /** What reading a body past the limit throws: the API answers it 413 as well ({@link ApiErrors}). */
  public static final class BodyTooLarge extends IOException {
    BodyTooLarge(String message) {
      super(message);
    }
  }

  /** A body sent without its length (chunked) is cut off at the limit: reading on fails. */
  private final class Bounded extends HttpServletRequestWrapper {

    Bounded(HttpServletRequest request) {
      super(request);
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      ServletInputStream in = super.getInputStream();
      return new ServletInputStream() {
        private long read;

        @Override
        public int read() throws IOException {
          int b = in.read();
          count(b < 0 ? 0 : 1);
          return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
          int n = in.read(buffer, offset, length);
          count(Math.max(n, 0));
          return n;
        }

        private void count(int n) throws IOException {
          read += n;
          if (read > maxBytes) {
            throw new BodyTooLarge(tooLarge());
          }
        }

        @Override
        public boolean isFinished() {
          return in.isFinished();
        }

        @Override
        public boolean isReady() {
          return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
          in.setReadListener(listener);
        }
      };
    }
  }
}
