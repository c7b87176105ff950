module.exports = require('../../.config/jest.base.js')(__dirname)
