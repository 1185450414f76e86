package vault;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.List;
import java.util.Map;

@RestController
public class ArchiveApi {

    private final Storage storage;
    private final ArchiveExtractor extractor;

    public ArchiveApi(Storage storage, ArchiveExtractor extractor) {
        this.storage = storage;
        this.extractor = extractor;
    }

    /** The web page's upload: a form with the archive in the field "archive". */
    @PostMapping(path = "/api/archives", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<Map<String, List<String>>> upload(@RequestParam("archive") MultipartFile archive, Principal user) throws IOException {
        try (InputStream zip = archive.getInputStream()) {
            return unpack(zip, user);
        }
    }

    /** The desktop sync client's upload: the archive itself as the body. */
    @PostMapping(path = "/api/archives", consumes = {"application/zip", MediaType.APPLICATION_OCTET_STREAM_VALUE})
    public ResponseEntity<Map<String, List<String>>> uploadRaw(HttpServletRequest request, Principal user) throws IOException {
        try (InputStream zip = request.getInputStream()) {
            return unpack(zip, user);
        }
    }

    private ResponseEntity<Map<String, List<String>>> unpack(InputStream zip, Principal user) throws IOException {
        List<String> written = extractor.extract(zip, storage.folderOf(user.getName()));
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("files", written));
    }

    @GetMapping("/api/files")
    public Map<String, List<String>> list(Principal user) throws IOException {
        return Map.of("files", storage.list(user.getName()));
    }

    @GetMapping("/api/files/{*path}")
    public ResponseEntity<byte[]> download(@PathVariable String path, Principal user) throws IOException {
        return storage.read(user.getName(), path.startsWith("/") ? path.substring(1) : path)
                .map(content -> ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM).body(content))
                .orElse(ResponseEntity.notFound().build());
    }
}
