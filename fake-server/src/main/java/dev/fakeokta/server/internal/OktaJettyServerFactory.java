package dev.fakeokta.server.internal;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import wiremock.jakarta.servlet.DispatcherType;
import wiremock.jakarta.servlet.Filter;
import wiremock.jakarta.servlet.FilterChain;
import wiremock.jakarta.servlet.ReadListener;
import wiremock.jakarta.servlet.RequestDispatcher;
import wiremock.jakarta.servlet.ServletException;
import wiremock.jakarta.servlet.ServletInputStream;
import wiremock.jakarta.servlet.ServletRequest;
import wiremock.jakarta.servlet.ServletResponse;
import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.jakarta.servlet.http.HttpServletRequestWrapper;
import wiremock.jakarta.servlet.http.HttpServletResponse;
import wiremock.org.eclipse.jetty.http.HttpFields;
import wiremock.org.eclipse.jetty.http.HttpHeader;
import wiremock.org.eclipse.jetty.server.Request;
import wiremock.org.eclipse.jetty.server.Server;
import wiremock.org.eclipse.jetty.server.handler.ErrorHandler;
import wiremock.org.eclipse.jetty.servlet.FilterHolder;
import wiremock.org.eclipse.jetty.servlet.ServletContextHandler;

/**
 * WireMock's Jetty server with two guards, so that hostile input never gets a stack trace:
 *
 * <ul>
 *   <li>a servlet filter that answers, before WireMock parses them, requests WireMock would fail on
 *       with a 500: a query with a broken {@code %} escape (400 {@code E0000002}), a form body with
 *       one (400 {@code E0000003}), and a body whose {@code Content-Type} names an unknown charset
 *       (400 {@code E0000019}, Okta's "Accept and/or Content-Type headers likely do not match
 *       supported values");
 *   <li>an error handler that renders any error Jetty produces itself (a malformed request line,
 *       headers too large, an unexpected exception) as an Okta error body instead of an HTML page.
 * </ul>
 */
public final class OktaJettyServerFactory implements HttpServerFactory {

  private final OktaState state;

  /**
   * The factory for one server.
   *
   * @param state the server's state, for the clock and catalogue
   */
  public OktaJettyServerFactory(OktaState state) {
    this.state = state;
  }

  @Override
  public String getName() {
    return "fakeokta-jetty";
  }

  @Override
  public HttpServer buildHttpServer(
      Options options,
      AdminRequestHandler adminRequestHandler,
      StubRequestHandler stubRequestHandler) {
    OktaErrorHandler errors = new OktaErrorHandler(state);
    return new Jetty11HttpServer(options, adminRequestHandler, stubRequestHandler) {
      @Override
      protected void applyAdditionalServerConfiguration(Server jettyServer, Options options) {
        super.applyAdditionalServerConfiguration(jettyServer, options);
        jettyServer.setErrorHandler(errors);
      }

      @Override
      protected void decorateMockServiceContextBeforeConfig(ServletContextHandler context) {
        super.decorateMockServiceContextBeforeConfig(context);
        context.addFilter(
            new FilterHolder(new InputGuard(state)), "/*", EnumSet.of(DispatcherType.REQUEST));
      }

      @Override
      protected void decorateMockServiceContextAfterConfig(ServletContextHandler context) {
        super.decorateMockServiceContextAfterConfig(context);
        context.setErrorHandler(errors); // after WireMock's own configuration, which sets one
      }
    };
  }

  /** Writes an Okta error straight to a servlet response. */
  static void writeError(
      OktaState state, HttpServletResponse response, String code, int status, Object... args)
      throws IOException {
    byte[] body = body(state, code, args);
    response.setStatus(status);
    response.setContentType(ResponseRenderer.OKTA_JSON);
    response.setHeader("Date", HttpDates.format(state.clock().instant()));
    response.setHeader("X-Okta-Request-Id", Ids.requestId());
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  static byte[] body(OktaState state, String code, Object... args) {
    String summary = state.catalogue().lookup(code).summary(args);
    return Json.oktaError(code, summary, Ids.errorId(), List.of()).getBytes(StandardCharsets.UTF_8);
  }

  /** Rejects what WireMock cannot parse, with Okta's codes. */
  static final class InputGuard implements Filter {
    private final OktaState state;

    InputGuard(OktaState state) {
      this.state = state;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
        throws IOException, ServletException {
      HttpServletRequest request = (HttpServletRequest) req;
      HttpServletResponse response = (HttpServletResponse) res;
      String query = request.getQueryString();
      if (query != null && !decodable(query)) {
        writeError(
            state, response, "E0000002", 400, "Malformed percent-encoding in the query string");
        return;
      }
      String charset = charset(request.getContentType());
      if (charset != null && !supported(charset)) {
        writeError(state, response, "E0000019", 400);
        return;
      }
      String contentType = request.getContentType();
      if (contentType != null
          && contentType.regionMatches(true, 0, "application/x-www-form-urlencoded", 0, 33)) {
        byte[] body = request.getInputStream().readAllBytes();
        if (!decodable(new String(body, StandardCharsets.ISO_8859_1))) {
          writeError(state, response, "E0000003", 400);
          return;
        }
        chain.doFilter(new CachedBodyRequest(request, body), res);
        return;
      }
      chain.doFilter(req, res);
    }

    private static boolean decodable(String query) {
      try {
        for (String part : query.split("[&=]")) {
          URLDecoder.decode(part, StandardCharsets.UTF_8);
        }
        return true;
      } catch (IllegalArgumentException e) {
        return false;
      }
    }

    private static String charset(String contentType) {
      if (contentType == null) {
        return null;
      }
      for (String parameter : contentType.split(";")) {
        String p = parameter.strip();
        if (p.regionMatches(true, 0, "charset=", 0, 8)) {
          return p.substring(8).replace("\"", "").strip();
        }
      }
      return null;
    }

    private static boolean supported(String charset) {
      try {
        return Charset.isSupported(charset);
      } catch (IllegalArgumentException e) {
        return false;
      }
    }
  }

  /** A request whose body was read by the guard, replayed for WireMock. */
  static final class CachedBodyRequest extends HttpServletRequestWrapper {
    private final byte[] body;

    CachedBodyRequest(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("FakeOkta replays bodies synchronously");
        }
      };
    }
  }

  /** Renders Jetty's own errors in Okta's shape, never with a stack trace. */
  static final class OktaErrorHandler extends ErrorHandler {
    private final OktaState state;

    OktaErrorHandler(OktaState state) {
      this.state = state;
      setShowStacks(false);
      setShowServlet(false);
    }

    @Override
    public void handle(
        String target,
        Request baseRequest,
        HttpServletRequest request,
        HttpServletResponse response)
        throws IOException {
      int status = response.getStatus();
      if (status >= 500
          && causedByBrokenInput(request.getAttribute(RequestDispatcher.ERROR_EXCEPTION))) {
        status = 400; // the client sent a truncated body or went away: its fault, not the server's
      }
      baseRequest.setHandled(true);
      if (response.isCommitted()) {
        return;
      }
      response.resetBuffer();
      writeError(state, response, code(status), status);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
      fields.put(HttpHeader.CONTENT_TYPE, ResponseRenderer.OKTA_JSON);
      fields.put("Date", HttpDates.format(state.clock().instant()));
      fields.put("X-Okta-Request-Id", Ids.requestId());
      return ByteBuffer.wrap(body(state, code(status)));
    }

    private static boolean causedByBrokenInput(Object error) {
      for (Throwable t = error instanceof Throwable thrown ? thrown : null;
          t != null;
          t = t.getCause()) {
        if (t instanceof IOException) {
          return true;
        }
      }
      return false;
    }

    private static String code(int status) {
      if (status >= 500) {
        return "E0000009";
      }
      return switch (status) {
        case 404 -> "E0000008";
        case 405 -> "E0000022";
        default -> "E0000003";
      };
    }
  }
}
