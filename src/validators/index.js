"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.VALIDATOR_NAMES = exports.VALIDATORS = void 0;
const btc_address_1 = require("./btc-address");
const ca_sin_1 = require("./ca-sin");
const iban_1 = require("./iban");
const ipv4_1 = require("./ipv4");
const ipv6_1 = require("./ipv6");
const jwt_1 = require("./jwt");
const luhn_1 = require("./luhn");
const mac_address_1 = require("./mac-address");
const phone_1 = require("./phone");
const phone_national_1 = require("./phone-national");
const uk_nhs_1 = require("./uk-nhs");
const uk_nino_1 = require("./uk-nino");
const us_ssn_1 = require("./us-ssn");
/** The named validators a rule file may list under `validate:`. */
exports.VALIDATORS = {
    luhn: luhn_1.luhn,
    iban: iban_1.iban,
    'us-ssn': us_ssn_1.usSsn,
    ipv4: ipv4_1.ipv4,
    ipv6: ipv6_1.ipv6,
    'ca-sin': ca_sin_1.caSin,
    'uk-nhs': uk_nhs_1.ukNhs,
    'uk-nino': uk_nino_1.ukNino,
    'mac-address': mac_address_1.macAddress,
    'btc-address': btc_address_1.btcAddress,
    jwt: jwt_1.jwt,
    phone: phone_1.phone,
    'phone-national': phone_national_1.phoneNational,
};
exports.VALIDATOR_NAMES = Object.keys(exports.VALIDATORS);
