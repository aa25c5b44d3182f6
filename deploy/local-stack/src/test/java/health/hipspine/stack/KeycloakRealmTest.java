package health.hipspine.stack;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo realm's SMART Backend Services client (docs/cds-hooks.md): it authenticates with private_key_jwt only (no
 * secret), its registered certificate is the public half of the committed TEST-ONLY private key (so the documented
 * grant can work), and its tokens carry what our services require (audience hipspine-api, clinic, role integration).
 */
@SuppressWarnings("unchecked")
class KeycloakRealmTest {

    private static final Path KEYCLOAK = Path.of(System.getProperty("hipspine.root", "../..")).resolve("deploy/keycloak");
    private static final String CLIENT = "ehr-backend-demo";

    private static Map<String, Object> realm() throws IOException {
        // JSON is YAML: the same parser as DeploymentFilesTest
        return new Yaml(new LoaderOptions()).load(Files.readString(KEYCLOAK.resolve("hipspine-realm.json")));
    }

    private static Map<String, Object> client(Map<String, Object> realm) {
        return ((List<Map<String, Object>>) realm.get("clients")).stream()
                .filter(c -> CLIENT.equals(c.get("clientId"))).findFirst().orElseThrow();
    }

    @Test
    void theBackendServicesClientAuthenticatesWithASignedJwtAndHasNoSecret() throws IOException {
        Map<String, Object> client = client(realm());
        assertEquals("client-jwt", client.get("clientAuthenticatorType"), "private_key_jwt is Keycloak's client-jwt");
        assertFalse(client.containsKey("secret"), "no shared secret");
        assertEquals(false, client.get("publicClient"));
        assertEquals(true, client.get("serviceAccountsEnabled"), "client credentials grant");
        assertEquals(false, client.get("standardFlowEnabled"));
        assertEquals(false, client.get("directAccessGrantsEnabled"));
        Map<String, Object> attributes = (Map<String, Object>) client.get("attributes");
        assertEquals("false", attributes.get("use.jwks.url"));
        assertEquals("RS384", attributes.get("token.endpoint.auth.signing.alg"));
    }

    /**
     * A realm file that declares any clientScopes gets none of Keycloak's built-in ones (keycloak#31082): without
     * basic, roles, profile, email the tokens lose sub, realm_access and the names, and every service refuses them.
     * So the file declares the whole set as Keycloak 26.7.3 creates it, plus the SMART scopes (proven by importing it
     * into a real Keycloak: EhrIntegrationEndToEndTest in deploy/e2e asks for them).
     */
    @Test
    void theRealmDeclaresKeycloaksBuiltInScopesWithTheSmartScopesAndTheClientMayAskForThem() throws IOException {
        Map<String, Object> realm = realm();
        List<String> scopes = ((List<Map<String, Object>>) realm.get("clientScopes")).stream()
                .map(s -> (String) s.get("name")).toList();
        List<String> smart = List.of("system/*.read", "system/QuestionnaireResponse.write");
        assertTrue(scopes.containsAll(List.of("basic", "roles", "profile", "email", "web-origins", "acr", "service_account",
                "offline_access")), "built-in scopes: " + scopes);
        assertTrue(scopes.containsAll(smart), "SMART scopes: " + scopes);
        assertTrue(((List<String>) realm.get("defaultDefaultClientScopes")).containsAll(List.of("basic", "roles", "profile", "email")));
        Map<String, Object> client = client(realm);
        assertTrue(((List<String>) client.get("optionalClientScopes")).containsAll(smart), "ehr-backend-demo may ask for them");
        assertTrue(((List<String>) client.get("defaultClientScopes")).containsAll(List.of("basic", "roles")),
                "and keeps sub and its roles");
    }

    @Test
    void theRegisteredCertificateIsThePublicHalfOfTheCommittedTestKey() throws Exception {
        Map<String, Object> attributes = (Map<String, Object>) client(realm()).get("attributes");
        X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(
                new ByteArrayInputStream(Base64.getDecoder().decode((String) attributes.get("jwt.credential.certificate"))));
        assertTrue(certificate.getSubjectX500Principal().getName().contains("TEST ONLY"), "the certificate says it is for tests");
        PrivateKey key = privateKey(KEYCLOAK.resolve("test-keys/ehr-backend-demo.TEST-ONLY.key.pem"));
        byte[] data = "client assertion".getBytes(StandardCharsets.UTF_8);
        Signature signer = Signature.getInstance("SHA384withRSA");
        signer.initSign(key);
        signer.update(data);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("SHA384withRSA");
        verifier.initVerify(certificate.getPublicKey());
        verifier.update(data);
        assertTrue(verifier.verify(signature), "a signature of the committed key verifies with the registered certificate");
    }

    @Test
    void itsTokensCarryTheAudienceClinicAndRoleOurServicesRequire() throws IOException {
        Map<String, Object> realm = realm();
        List<Map<String, Object>> mappers = (List<Map<String, Object>>) client(realm).get("protocolMappers");
        assertTrue(mappers.stream().anyMatch(m -> "oidc-audience-mapper".equals(m.get("protocolMapper"))
                && "hipspine-api".equals(((Map<String, Object>) m.get("config")).get("included.custom.audience"))));
        assertTrue(mappers.stream().anyMatch(m -> "oidc-hardcoded-claim-mapper".equals(m.get("protocolMapper"))
                && "clinic_id".equals(((Map<String, Object>) m.get("config")).get("claim.name"))));
        Map<String, Object> serviceAccount = ((List<Map<String, Object>>) realm.get("users")).stream()
                .filter(u -> CLIENT.equals(u.get("serviceAccountClientId"))).findFirst().orElseThrow();
        assertEquals(List.of("integration"), serviceAccount.get("realmRoles"));
    }

    private static PrivateKey privateKey(Path pem) throws IOException, GeneralSecurityException {
        String base64 = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }
}
