"""A stand-in OIDC issuer for the benchmark: discovery document and JWKS for a local RSA key, so the packaged
service validates real RS256 tokens without Keycloak. Writes the token for role 'clinician' to token.txt."""
import base64, json, subprocess, sys, time, http.server, functools, os

work, port = sys.argv[1], int(sys.argv[2])
key = os.path.join(work, "key.pem")
subprocess.run(["openssl", "genrsa", "-out", key, "2048"], check=True, capture_output=True)
b64 = lambda raw: base64.urlsafe_b64encode(raw).rstrip(b"=").decode()
modulus = subprocess.check_output(["openssl", "rsa", "-in", key, "-noout", "-modulus"]).decode().strip().split("=")[1]
n = int(modulus, 16).to_bytes(len(modulus) // 2, "big")
base = f"http://127.0.0.1:{port}/realms/bench"
root = os.path.join(work, "www")
os.makedirs(f"{root}/realms/bench/.well-known", exist_ok=True)
os.makedirs(f"{root}/realms/bench/protocol/openid-connect", exist_ok=True)
json.dump({"keys": [{"kty": "RSA", "kid": "bench", "use": "sig", "alg": "RS256", "n": b64(n), "e": "AQAB"}]},
          open(f"{root}/realms/bench/protocol/openid-connect/certs", "w"))
json.dump({"issuer": "https://bench.local", "jwks_uri": base + "/protocol/openid-connect/certs",
           "token_endpoint": base + "/protocol/openid-connect/token"},
          open(f"{root}/realms/bench/.well-known/openid-configuration", "w"))
now = int(time.time())
header = b64(json.dumps({"alg": "RS256", "typ": "JWT", "kid": "bench"}).encode())
claims = b64(json.dumps({"iss": "https://bench.local", "sub": "bench-clinician", "aud": "hipspine-api",
                         "groups": ["clinician"], "clinic_id": "clinic-a", "iat": now, "exp": now + 3 * 3600}).encode())
signature = subprocess.run(["openssl", "dgst", "-sha256", "-sign", key], input=f"{header}.{claims}".encode(),
                           capture_output=True, check=True).stdout
open(os.path.join(work, "token.txt"), "w").write(f"{header}.{claims}.{b64(signature)}")
handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=root)
http.server.ThreadingHTTPServer(("127.0.0.1", port), handler).serve_forever()
