package dev.signet.hsm;

import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x509.TBSCertificate;
import org.bouncycastle.asn1.x509.Time;
import org.bouncycastle.asn1.x509.V3TBSCertificateGenerator;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Provider;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;

/**
 * The self-signed X.509 certificate stored beside a generated key: SunPKCS11's KeyStore lists a
 * private key only when a certificate with the same CKA_ID exists. It means nothing else (DNSSEC
 * trusts the DNSKEY, not this), so it is minimal: subject = issuer = {@code CN=<label>}, signed
 * on the token with the new key (RFC 5280 §4.1).
 */
final class ThrowawayCertificate {

    private ThrowawayCertificate() {
    }

    static Certificate create(KeyPair pair, String label, Instant now, Provider token) throws GeneralSecurityException {
        boolean rsa = pair.getPublic().getAlgorithm().equals("RSA");
        AlgorithmIdentifier sigAlg = rsa
                ? new AlgorithmIdentifier(PKCSObjectIdentifiers.sha256WithRSAEncryption, DERNull.INSTANCE)
                : new AlgorithmIdentifier(X9ObjectIdentifiers.ecdsa_with_SHA256);
        X500Name name = new X500Name("CN=" + label.replaceAll("[,+=\"\\\\<>;#]", "_"));
        V3TBSCertificateGenerator tbsGen = new V3TBSCertificateGenerator();
        tbsGen.setSerialNumber(new ASN1Integer(BigInteger.valueOf(now.getEpochSecond())));
        tbsGen.setSignature(sigAlg);
        tbsGen.setIssuer(name);
        tbsGen.setSubject(name);
        tbsGen.setStartDate(new Time(Date.from(now.truncatedTo(ChronoUnit.SECONDS))));
        tbsGen.setEndDate(new Time(Date.from(now.plus(36500, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS))));
        tbsGen.setSubjectPublicKeyInfo(SubjectPublicKeyInfo.getInstance(pair.getPublic().getEncoded()));
        TBSCertificate tbs = tbsGen.generateTBSCertificate();
        try {
            Signature s = Signature.getInstance(rsa ? "SHA256withRSA" : "SHA256withECDSA", token);
            s.initSign(pair.getPrivate());
            s.update(tbs.getEncoded(ASN1Encoding.DER));
            ASN1EncodableVector v = new ASN1EncodableVector();
            v.add(tbs);
            v.add(sigAlg);
            v.add(new DERBitString(s.sign()));
            byte[] der = new DERSequence(v).getEncoded(ASN1Encoding.DER);
            return CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
        } catch (IOException e) {
            throw new GeneralSecurityException("cannot encode the certificate", e);
        }
    }
}
