// temporal (johnny-five's timer library) needs only util.inherits from Node's util.
module.exports = {
  /**
   * @param {Function} child
   * @param {Function} parent
   */
  inherits(child, parent) {
    Object.setPrototypeOf(child.prototype, parent.prototype);
    Object.setPrototypeOf(child, parent);
  },
};
