package dev.fixpoint.runtime.java;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.security.SecureRandom;
import java.util.Date;

/** Signs and verifies tokens with a random key that is then dropped. */
final class Nimbus {

    private Nimbus() {
    }

    static void run(int rounds) throws Exception {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        for (int i = 0; i < rounds; i++) {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256),
                    new JWTClaimsSet.Builder().subject("s" + i).audience("a").expirationTime(new Date()).claim("role", "r").build());
            jwt.sign(new MACSigner(key));
            SignedJWT parsed = SignedJWT.parse(jwt.serialize());
            parsed.verify(new MACVerifier(key));
            parsed.getJWTClaimsSet().getStringClaim("role");
        }
    }
}
