module.exports = eval("require")("../data-worker/index.js");
